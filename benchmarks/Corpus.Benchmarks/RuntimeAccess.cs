using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Corpus.Reading;
using Corpus.Reading.Model;
using Corpus.Reading.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// Benchmark 4: run-time access to a compiled corpus of 10,000 articles, against what a program would do without
/// Corpus: the same files embedded as resources, read and parsed with the same reader when it starts.
/// </summary>
/// <remarks>
/// Both assemblies are compiled in setup and loaded from disk, so resources are read from the mapped image as in a
/// real program. "Open the store" calls the generated factory, so every call starts from nothing: no article decoded,
/// no id read, nothing cached; the cached rows reuse one store.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuntimeAccess
{
    private const string FirstAccess = "first access";
    private const string EveryArticle = "every article";

    private Func<ArticleStore> _openStore = null!;
    private ArticleStore _opened = null!;
    private Assembly _resources = null!;
    private string[] _resourceNames = null!;
    private ArticleSettings _settings = null!;
    private string _directory = null!;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var inputs = GeneratorInputs.Create(Articles);
        _directory = Path.Combine(Path.GetTempPath(), "corpus-runtime-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _settings = new ArticleSettings(inputs.Directory + "/");

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Article).Assembly.Location))
            .ToList();
        var consumer = inputs.Compilation.AddReferences(references);
        inputs.Driver(inputs.Texts()).RunGeneratorsAndUpdateCompilation(consumer, out var generated, out var diagnostics);
        if (diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException(error.ToString());
        }

        var withCorpus = Load(generated, "WithCorpus", [new ResourceDescription("Corpus.Store", () => new MemoryStream(inputs.Store), isPublic: true)]);
        var create = withCorpus.GetType("Consumer.Articles", throwOnError: true)!.GetMethod("__CreateStore", BindingFlags.NonPublic | BindingFlags.Static)!;
        _openStore = create.CreateDelegate<Func<ArticleStore>>();
        _opened = _openStore();
        foreach (var article in _opened)
        {
            _ = article.Title;
        }

        var files = inputs.Files.Zip(inputs.Paths).ToList();
        _resourceNames = [.. files.Select(f => f.Second)];
        var plain = CSharpCompilation.Create("WithoutCorpus", [], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _resources = Load(plain, "WithoutCorpus", [.. files.Select(f => new ResourceDescription(f.Second, () => new MemoryStream(f.First.Bytes), isPublic: true))]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // The assemblies stay loaded, so their files cannot always be deleted; a temporary folder is left for the system.
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [BenchmarkCategory(FirstAccess), Benchmark(Baseline = true, Description = "without Corpus: read + parse one embedded file")]
    public string ParseOne() => Parse(_resourceNames[Articles / 2]).Title;

    [BenchmarkCategory(FirstAccess), Benchmark(Description = "Corpus: open the store, one title")]
    public string OpenAndReadOneTitle() => _openStore()[Articles / 2].Title;

    [BenchmarkCategory(FirstAccess), Benchmark(Description = "Corpus: open the store, one body")]
    public string OpenAndReadOneBody() => _openStore()[Articles / 2].Text;

    [BenchmarkCategory(EveryArticle), Benchmark(Baseline = true, Description = "without Corpus: read + parse every file at start-up")]
    public int ParseAll()
    {
        var characters = 0;
        foreach (var name in _resourceNames)
        {
            characters += Parse(name).Title.Length;
        }

        return characters;
    }

    [BenchmarkCategory(EveryArticle), Benchmark(Description = "Corpus: every title, first enumeration")]
    public int EveryTitleFirstTime()
    {
        var characters = 0;
        foreach (var article in _openStore())
        {
            characters += article.Title.Length;
        }

        return characters;
    }

    [BenchmarkCategory(EveryArticle), Benchmark(Description = "Corpus: every title, again")]
    public int EveryTitleAgain()
    {
        var characters = 0;
        var all = _opened;
        for (var i = 0; i < all.Count; i++)
        {
            characters += all[i].Title.Length;
        }

        return characters;
    }

    [BenchmarkCategory(EveryArticle), Benchmark(Description = "Corpus: every body, first read")]
    public long EveryBodyFirstTime()
    {
        long characters = 0;
        foreach (var article in _openStore())
        {
            characters += article.Text.Length;
        }

        return characters;
    }

    private ArticleModel Parse(string name)
    {
        using var stream = _resources.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return ArticleReader.Read(_settings.File(name, ArticleDecoder.Decode(bytes), itemJunk: null)).Article!;
    }

    private Assembly Load(Compilation compilation, string name, IEnumerable<ResourceDescription> resources)
    {
        var path = Path.Combine(_directory, name + ".dll");
        using (var file = File.Create(path))
        {
            var result = compilation.WithAssemblyName(name).Emit(file, manifestResources: resources);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            }
        }

        return Assembly.LoadFrom(path);
    }
}
