namespace Corpus.Package.Tests;

/// <summary>Every test class that needs the packed package shares one <see cref="PackedPackageFixture"/>: one pack per run.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed package";
}

/// <summary>
/// Packs the repository once, then builds and runs the probe projects against the package once, for every test.
/// Each step's full output is kept for the assertions; a step whose input is missing (no package, a failed build) is
/// not attempted.
/// </summary>
/// <remarks>
/// Three probes: one that must build with no warning at all, built again with nothing changed and once more with one
/// article edited; the same articles with <c>CorpusStorage=Inline</c>; and one of bad files, built three times: as
/// written, as written into another directory with its articles listed in another order, and with a severity setting
/// for each of several rules.
/// </remarks>
public sealed class PackedPackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeLimit = TimeSpan.FromMinutes(3);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpus-package-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The local feed the package is packed into.</summary>
    public string FeedDirectory => Path.Combine(_root, "feed");

    /// <summary>The probes' packages folder.</summary>
    public string PackagesDirectory => Path.Combine(_root, "packages");

    /// <summary>The file name the package must have.</summary>
    public static string PackageFileName => $"Corpus.{BuildSettings.PackageVersion}.nupkg";

    /// <summary>The package, where the pack step is expected to have put it.</summary>
    public string PackagePath => Path.Combine(FeedDirectory, PackageFileName);

    internal ProcessResult? Pack { get; private set; }

    /// <summary>The probe that must build with no warning.</summary>
    internal ProbeProject? Sample { get; private set; }

    internal ProcessResult? SampleBuild { get; private set; }

    internal ProcessResult? SampleRun { get; private set; }

    /// <summary>The store the sample probe's first build wrote, as it was then.</summary>
    internal StoreFiles? SampleStore { get; private set; }

    /// <summary>The sample probe built again with nothing changed, in detail, so that skipped targets are listed.</summary>
    internal ProcessResult? UnchangedBuild { get; private set; }

    internal StoreFiles? UnchangedStore { get; private set; }

    /// <summary>The sample probe built again after <see cref="SampleProbe.EditedArticle"/> was edited.</summary>
    internal ProcessResult? EditedBuild { get; private set; }

    internal StoreFiles? EditedStore { get; private set; }

    /// <summary>The sample's articles in a probe that keeps its records in generated code.</summary>
    internal ProbeProject? Inline { get; private set; }

    internal ProcessResult? InlineBuild { get; private set; }

    /// <summary>The probe of bad files, as written.</summary>
    internal ProbeProject? BadFiles { get; private set; }

    internal ProcessResult? BadFilesBuild { get; private set; }

    internal ProcessResult? BadFilesRun { get; private set; }

    /// <summary>Where the build of <see cref="BadFiles"/> wrote its generated sources.</summary>
    internal string BadFilesGenerated => Path.Combine(_root, "generated", "bad-files");

    /// <summary>The same probe in another directory, its articles listed one by one in reverse order.</summary>
    internal ProbeProject? Moved { get; private set; }

    internal ProcessResult? MovedBuild { get; private set; }

    /// <summary>Where the build of <see cref="Moved"/> wrote its generated sources.</summary>
    internal string MovedGenerated => Path.Combine(_root, "generated", "moved");

    /// <summary>The build of <see cref="BadFiles"/> with a severity setting for each of several rules.</summary>
    internal ProcessResult? ConfiguredBuild { get; private set; }

    /// <summary>Every probe build that was attempted.</summary>
    internal IEnumerable<ProcessResult> Builds =>
        new[] { SampleBuild, UnchangedBuild, EditedBuild, InlineBuild, BadFilesBuild, MovedBuild, ConfiguredBuild }.OfType<ProcessResult>();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);

        // --no-build: the test project's build already built the runtime project (and through it the generator) in
        // this configuration; building again here would rewrite output that other test assemblies may be using.
        Pack = await DotNet.RunAsync(
            BuildSettings.RepositoryRoot,
            PackTimeLimit,
            "pack", "Corpus.sln", "--no-build", "-c", BuildSettings.Configuration, "-o", FeedDirectory, "-tl:off", "--disable-build-servers");
        if (!Pack.Succeeded || !File.Exists(PackagePath))
        {
            return;
        }

        Sample = ProbeProject.Write(
            Path.Combine(_root, "sample"),
            new ProbeSettings(FeedDirectory, PackagesDirectory, SampleProbe.Articles(), TreatWarningsAsErrors: true) { TypedProperty = SampleProbe.TypedProperty });
        var sampleGenerated = Path.Combine(_root, "generated", "sample");
        SampleBuild = await Sample.BuildAsync(sampleGenerated);
        if (SampleBuild.Succeeded)
        {
            SampleRun = await Sample.RunAsync();
            SampleStore = StoreFiles.Of(Sample);

            // The same build again: the same global properties, so that only the files can make a target run.
            UnchangedBuild = await Sample.BuildAsync(sampleGenerated, "-v:n");
            UnchangedStore = StoreFiles.Of(Sample);
            Sample.WriteFile(SampleProbe.EditedArticle, SampleProbe.EditedArticleText);
            EditedBuild = await Sample.BuildAsync(sampleGenerated, "-v:n");
            EditedStore = StoreFiles.Of(Sample);
        }

        Inline = ProbeProject.Write(
            Path.Combine(_root, "inline"),
            new ProbeSettings(FeedDirectory, PackagesDirectory, SampleProbe.Articles(), TreatWarningsAsErrors: true)
            {
                Properties = new Dictionary<string, string> { ["CorpusStorage"] = "Inline" },
            });
        InlineBuild = await Inline.BuildAsync(Path.Combine(_root, "generated", "inline"));

        var ordinal = BadFilesProbe.Articles().Select(file => file.RelativePath).Order(StringComparer.Ordinal).ToArray();
        BadFiles = ProbeProject.Write(
            Path.Combine(_root, "bad-files"),
            new ProbeSettings(FeedDirectory, PackagesDirectory, BadFilesProbe.Articles(), TreatWarningsAsErrors: false)
            {
                Sources = BadFilesProbe.Sources(),
                ArticleItems = ordinal,
            });
        BadFilesBuild = await BadFiles.BuildAsync(BadFilesGenerated);
        if (BadFilesBuild.Succeeded)
        {
            BadFilesRun = await BadFiles.RunAsync();
        }

        Moved = BadFiles.CopyTo(Path.Combine(_root, "moved", "to", "another", "place"), ordinal.Reverse());
        MovedBuild = await Moved.BuildAsync(MovedGenerated);

        // Last, because it changes the probe's files. A rebuild, because a property given on the command line is no input
        // MSBuild compares: an incremental build could skip the compiler and replay nothing.
        BadFiles.WriteFile(".globalconfig", BadFilesProbe.GlobalConfig);
        BadFiles.WriteFile(".editorconfig", BadFilesProbe.EditorConfig);
        ConfiguredBuild = await BadFiles.BuildAsync(Path.Combine(_root, "generated", "configured"), ["--no-incremental", .. BadFilesProbe.SeverityProperties]);
    }

    /// <summary>A directory of its own for a probe that one test writes and builds.</summary>
    internal string ProbeDirectory(string name) => Path.Combine(_root, name);

    /// <summary>The pack step's result, failing the test when it did not run.</summary>
    internal ProcessResult RequirePack() =>
        Pack ?? throw new InvalidOperationException("The package was never packed.");

    /// <summary>A step's result, failing the test with the reason when the step could not be attempted.</summary>
    internal ProcessResult Require(ProcessResult? step, string name)
    {
        var pack = RequirePack();
        Assert.True(step is not null, $"The {name} was not attempted: packing failed or made no {PackageFileName}, or the build it needs failed.\n{pack}\n{string.Join('\n', Builds)}");
        return step!;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            if (Environment.GetEnvironmentVariable("CORPUS_KEEP") is null) Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
