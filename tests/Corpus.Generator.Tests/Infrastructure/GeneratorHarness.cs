using System.Collections.Immutable;
using System.Text;
using Corpus.Generator.Pipeline;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Reading.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>One article file of a test project: its path under the project directory, its text, and its item metadata.</summary>
/// <param name="IsArticle">Whether the list of articles names the file; otherwise it is another additional file.</param>
/// <param name="Metadata">Item metadata by name; the list of articles carries its <c>Junk</c>.</param>
internal sealed record TestArticle(string RelativePath, string? Text, Encoding? Encoding = null, bool IsArticle = true, IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>Other options of this file, as an <c>.editorconfig</c> section matching it gives them (keys in lower case).</summary>
    public IReadOnlyDictionary<string, string>? Options { get; init; }
}

/// <summary>
/// Runs the generator the way the compiler does for a project that references the Corpus package: article files as
/// additional files named in the list of articles, and the MSBuild properties the props make visible.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string DefaultProjectDirectory = "/src/Consumer/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public string ProjectDirectory { get; init; } = DefaultProjectDirectory;

    public string RootNamespace { get; init; } = "Consumer";

    public string? CorpusNamespace { get; init; }

    public string? CorpusClassName { get; init; }

    /// <summary>Other MSBuild properties, by name without the <c>build_property.</c> prefix.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Entries of global analyzer config files, such as the package's design-time one, by key.</summary>
    public IReadOnlyDictionary<string, string> GlobalConfig { get; init; } = new Dictionary<string, string>();

    public string ConsumerSource { get; init; } = "namespace Consumer { internal static class Program { private static void Main() { } } }";

    /// <summary>
    /// A driver over <paramref name="texts"/>, with step tracking on. The options cover every path in
    /// <paramref name="articles"/>, so a test can later swap in an edited text for the same path.
    /// </summary>
    /// <param name="articles">The articles the options and the list of articles cover.</param>
    /// <param name="texts">The additional files, but for the list of articles.</param>
    /// <param name="list">The list of articles, when a test replaces it later; otherwise made from <paramref name="articles"/>.</param>
    public GeneratorDriver CreateDriver(IReadOnlyList<TestArticle> articles, IEnumerable<AdditionalText> texts, AdditionalText? list = null) =>
        CSharpGeneratorDriver.Create(
            [new CorpusGenerator().AsSourceGenerator()],
            texts.Append(list ?? ArticleListText(articles)),
            ParseOptions,
            OptionsFor(articles),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: TrackSteps));

    /// <summary>Whether the driver records every step's run, which the incremental tests read. Its cost grows with the square of the file count.</summary>
    public bool TrackSteps { get; init; } = true;

    public GeneratorDriver CreateDriver(IReadOnlyList<TestArticle> articles) =>
        CreateDriver(articles, articles.Select(ToAdditionalText).Concat(EmbeddedStore ? [ManifestText(articles)] : []));

    /// <summary>
    /// Runs as a project built with the package's targets does: <c>CorpusStorage=Resource</c>, with the store's
    /// manifest written by the same reader as the build task writes it.
    /// </summary>
    public bool EmbeddedStore { get; init; }

    public string ManifestPath => ProjectDirectory + "obj/Corpus.Store.manifest";

    /// <summary>Where the package's targets write the list of article files.</summary>
    public string ArticleListPath => ProjectDirectory + "obj/Corpus.Articles.list";

    /// <summary>
    /// The list of article files the package's targets write: every article of <paramref name="articles"/> (not the
    /// other additional files), with its <c>Junk</c> metadata. Every driver gets it.
    /// </summary>
    public AdditionalText ArticleListText(IReadOnlyList<TestArticle> articles) =>
        new InMemoryAdditionalText(
            ArticleListPath,
            ArticleList.Write(articles.Where(a => a.IsArticle).Select(a => (FullPath(a), a.Metadata?.GetValueOrDefault("Junk")))));

    /// <summary>The store and manifest the build task would write for <paramref name="articles"/>.</summary>
    public (byte[] Store, string Manifest) BuildStore(IReadOnlyList<TestArticle> articles)
    {
        // The properties the options below hand the generator, read as the build task reads them.
        var settings = ArticleSettings.FromProperties(name => name == "ProjectDir" ? ProjectDirectory : Properties.GetValueOrDefault(name));
        var files = articles.Where(a => a.IsArticle).ToList();
        var digests = StoreBuilder.Read(
            files.Count,
            i => settings.File(FullPath(files[i]), files[i].Text is { } text ? new DecodedText(text, IsUnicode(files[i].Encoding) ? TextEncoding.Utf8 : TextEncoding.Windows1252Fallback) : null, files[i].Metadata?.GetValueOrDefault("Junk")),
            maxParallelism: 1,
            CancellationToken.None);
        return StoreBuilder.Write(digests);
    }

    private static bool IsUnicode(Encoding? encoding) => encoding is null or UTF8Encoding or UnicodeEncoding;

    /// <summary>The manifest of <paramref name="articles"/> as the additional file the package's targets add.</summary>
    public AdditionalText ManifestText(IReadOnlyList<TestArticle> articles) =>
        new InMemoryAdditionalText(ManifestPath, BuildStore(articles).Manifest);

    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(ConsumerSource, ParseOptions, path: "Program.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the generator once over <paramref name="articles"/> and returns the driver and the updated compilation.</summary>
    public (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<TestArticle> articles)
    {
        var driver = CreateDriver(articles.ToList()).RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }

    public AdditionalText ToAdditionalText(TestArticle article) =>
        new InMemoryAdditionalText(FullPath(article), article.Text, article.Encoding);

    public string FullPath(TestArticle article) => ProjectDirectory + article.RelativePath;

    private TestOptionsProvider OptionsFor(IEnumerable<TestArticle> articles)
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = RootNamespace,
            ["build_property.ProjectDir"] = ProjectDirectory,
            ["build_property." + CorpusOptions.ArticleListProperty] = ArticleListPath,
        };
        if (CorpusNamespace is not null)
        {
            global["build_property.CorpusNamespace"] = CorpusNamespace;
        }

        if (CorpusClassName is not null)
        {
            global["build_property.CorpusClassName"] = CorpusClassName;
        }

        foreach (var (name, value) in Properties)
        {
            global["build_property." + name] = value;
        }

        foreach (var (key, value) in GlobalConfig)
        {
            global[key] = value;
        }

        var perFile = articles.Where(a => a.IsArticle).ToDictionary(FullPath, ItemOptions);
        if (EmbeddedStore)
        {
            global["build_property.CorpusStorage"] = "Resource";
            global["build_property." + CorpusOptions.ManifestProperty] = ManifestPath;
        }

        return new TestOptionsProvider(global, perFile);
    }

    private static TestOptions ItemOptions(TestArticle article)
    {
        var values = new Dictionary<string, string>();
        foreach (var (key, value) in article.Options ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return new TestOptions(values);
    }

    /// <summary>The platform's assemblies and the runtime library: what a consumer compiles against.</summary>
    public static ImmutableArray<MetadataReference> ConsumerReferences => References.Value;

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. platform.Select(path => MetadataReference.CreateFromFile(path)), MetadataReference.CreateFromFile(typeof(Corpus.Article).Assembly.Location)];
    }
}
