using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// A synthetic corpus written to disk and handed to the generator as the compiler would: additional files read and
/// decoded when the generator asks for their text, marked as articles by the package's metadata.
/// </summary>
public sealed class GeneratorInputs : IDisposable
{
    private GeneratorInputs(string directory, IReadOnlyList<SyntheticFile> files)
    {
        Directory = directory;
        Files = files;
        Paths = files.Select(f => Path.Combine(directory, f.Path)).ToImmutableArray();
        Bytes = files.Sum(f => (long)f.Bytes.Length);
        Options = new OptionsProvider(directory, Paths);
        Compilation = CSharpCompilation.Create("Consumer", [], [], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    public string Directory { get; }

    public IReadOnlyList<SyntheticFile> Files { get; }

    public ImmutableArray<string> Paths { get; }

    public long Bytes { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public Compilation Compilation { get; }

    public static GeneratorInputs Create(int articles)
    {
        var directory = Path.Combine(Path.GetTempPath(), "corpus-bench-" + articles + "-" + Guid.NewGuid().ToString("N"));
        var files = SyntheticCorpus.Create(articles);
        SyntheticCorpus.WriteTo(directory, files);
        return new GeneratorInputs(directory, files);
    }

    public ImmutableArray<AdditionalText> Texts() => [.. Paths.Select(p => (AdditionalText)new FileText(p))];

    public GeneratorDriver Driver(IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>An additional file read from disk on demand, decoded like the compiler does (UTF-8, else Windows-1252).</summary>
    public sealed class FileText(string path, string? replacement = null) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            if (replacement is not null)
            {
                return SourceText.From(replacement, Encoding.UTF8);
            }

            var bytes = File.ReadAllBytes(Path);
            return SourceText.From(bytes, bytes.Length, Encoding.UTF8);
        }
    }

    private sealed class OptionsProvider(string directory, ImmutableArray<string> paths) : AnalyzerConfigOptionsProvider
    {
        private readonly HashSet<string> _articles = [.. paths];

        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(new() { ["build_property.RootNamespace"] = "Consumer", ["build_property.ProjectDir"] = directory + "/" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ConfigOptions.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            _articles.Contains(textFile.Path) ? ConfigOptions.Article : ConfigOptions.None;
    }

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly ConfigOptions None = new([]);
        public static readonly ConfigOptions Article = new(new() { ["build_metadata.AdditionalFiles.CorpusArticle"] = "true" });

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        // The generator enumerates a file's keys for its rule severities; the base class throws here.
        public override IEnumerable<string> Keys => values.Keys;
    }
}
