using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Corpus.Generator;
using Corpus.Generator.Pipeline;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// A synthetic corpus written to disk and handed to the generator as the compiler would: additional files read and
/// decoded when the generator asks for their text, marked as articles by the package's metadata. As in a project
/// built with the package's targets (the default), the store is embedded: the build task's store and manifest are
/// written first, with the same reader, and the manifest is an additional file.
/// </summary>
internal sealed class GeneratorInputs : IDisposable
{
    private GeneratorInputs(string directory, IReadOnlyList<SyntheticFile> files, bool embeddedStore)
    {
        Directory = directory;
        Files = files;
        Paths = files.Select(f => Path.Combine(directory, f.Path)).ToImmutableArray();
        Bytes = files.Sum(f => (long)f.Bytes.Length);
        ManifestPath = embeddedStore ? Path.Combine(directory, "obj", "Corpus.Store.manifest") : null;
        ArticleListPath = Path.Combine(directory, "obj", "Corpus.Articles.list");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(ArticleListPath)!);
        File.WriteAllText(ArticleListPath, ArticleList.Write(Paths.Select(p => (p, (string?)null))));
        Options = new OptionsProvider(directory, ArticleListPath, ManifestPath);
        Compilation = CSharpCompilation.Create("Consumer", [], [], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        if (ManifestPath is not null)
        {
            var (store, manifest) = WriteStore();
            Store = store;
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(ManifestPath)!);
            File.WriteAllText(ManifestPath, manifest);
        }
    }

    /// <summary>The list of article files the package's targets write, which tells the generator which files are articles.</summary>
    public string ArticleListPath { get; }

    /// <summary>The manifest's path when the store is embedded; <see langword="null"/> for an inline store.</summary>
    public string? ManifestPath { get; }

    /// <summary>The embedded store's bytes, as the build task writes them; empty for an inline store.</summary>
    public byte[] Store { get; } = [];

    public string Directory { get; }

    public IReadOnlyList<SyntheticFile> Files { get; }

    public ImmutableArray<string> Paths { get; }

    public long Bytes { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public Compilation Compilation { get; }

    public static GeneratorInputs Create(int articles, bool embeddedStore = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "corpus-bench-" + articles + "-" + Guid.NewGuid().ToString("N"));
        var files = SyntheticCorpus.Create(articles);
        SyntheticCorpus.WriteTo(directory, files);
        return new GeneratorInputs(directory, files, embeddedStore);
    }

    /// <summary>
    /// Runs the generator in-process over the articles of the project in <paramref name="projectDirectory"/> (every file
    /// under its <c>articles</c> folder) with <c>CorpusStorage=Inline</c>, and writes what it generates to
    /// <paramref name="outputDirectory"/>: the corpus as UTF-8 literals in C#, without compiling it.
    /// </summary>
    public static void WriteInlineSources(string projectDirectory, string outputDirectory)
    {
        var root = Path.GetFullPath(projectDirectory);
        var files = System.IO.Directory.EnumerateFiles(Path.Combine(root, "articles"), "*", SearchOption.AllDirectories)
            .Select(path => new SyntheticFile(Path.GetRelativePath(root, path), []))
            .ToList();
        // Not disposed: disposing deletes the directory, which here is the consumer project's own.
        var inputs = new GeneratorInputs(root, files, embeddedStore: false);
        var result = inputs.Driver(inputs.Texts()).RunGenerators(inputs.Compilation).GetRunResult();
        if (System.IO.Directory.Exists(outputDirectory))
        {
            System.IO.Directory.Delete(outputDirectory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(outputDirectory);
        foreach (var source in result.Results.Single().GeneratedSources)
        {
            using var writer = new StreamWriter(Path.Combine(outputDirectory, source.HintName), append: false, new UTF8Encoding(false));
            source.SourceText.Write(writer);
        }
    }

    /// <summary>
    /// The same files with <c>CorpusStorage=Inline</c>: no manifest, so the generator reads every file itself. It shares
    /// this corpus's folder, so only this one is disposed.
    /// </summary>
    public GeneratorInputs WithInlineStore() => new(Directory, Files, embeddedStore: false);

    /// <summary>The digests of every file, read as the build task reads them, on <paramref name="threads"/> threads.</summary>
    public ArticleDigest[] ReadAll(int threads)
    {
        var settings = new ArticleSettings(Directory + "/");
        return StoreBuilder.Read(Paths.Length, i => settings.ReadFile(Paths[i], itemJunk: null), threads, CancellationToken.None);
    }

    /// <summary>The additional files: every article, the list of articles, then the manifest when the store is embedded.</summary>
    public ImmutableArray<AdditionalText> Texts() =>
        [.. Paths.Select(p => (AdditionalText)new FileText(p)), new FileText(ArticleListPath), .. ManifestPath is null ? [] : new[] { new FileText(ManifestPath) }];

    /// <summary>The store and manifest the package's build task writes for the files as they are on disk now.</summary>
    public (byte[] Store, string Manifest) WriteStore() => StoreBuilder.Write(ReadAll(threads: -1));

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

    private sealed class OptionsProvider(string directory, string articleList, string? manifest) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new ConfigOptions(new()
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.ProjectDir"] = directory + "/",
            ["build_property.CorpusStorage"] = manifest is null ? "Inline" : "Resource",
            ["build_property.CorpusArticleList"] = articleList,
            ["build_property.CorpusStoreManifest"] = manifest ?? "",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ConfigOptions.None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ConfigOptions.None;
    }

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly ConfigOptions None = new([]);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        // The generator enumerates a file's keys for its rule severities; the base class throws here.
        public override IEnumerable<string> Keys => values.Keys;
    }
}
