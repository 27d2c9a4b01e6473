namespace Corpus.Package.Tests;

/// <summary>
/// Packs the repository once, then builds and runs the probe project against the package once, for every test of
/// <see cref="PackageTests"/>. Each step's full output is kept for the assertions; a step whose input is missing
/// (no package, a failed build) is not attempted.
/// </summary>
public sealed class PackedPackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RunTimeLimit = TimeSpan.FromMinutes(1);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "corpus-package-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The local feed the package is packed into.</summary>
    public string FeedDirectory => Path.Combine(_root, "feed");

    /// <summary>The probe's own packages folder.</summary>
    public string PackagesDirectory => Path.Combine(_root, "packages");

    /// <summary>The file name the package must have.</summary>
    public static string PackageFileName => $"Corpus.{BuildSettings.PackageVersion}.nupkg";

    /// <summary>The package, where the pack step is expected to have put it.</summary>
    public string PackagePath => Path.Combine(FeedDirectory, PackageFileName);

    /// <summary>How many article files the probe project was given.</summary>
    public int ProbeArticleCount { get; private set; }

    internal ProcessResult? Pack { get; private set; }

    internal ProcessResult? ProbeBuild { get; private set; }

    internal ProcessResult? ProbeRun { get; private set; }

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

        var probe = Path.Combine(_root, "probe");
        ProbeArticleCount = ProbeProject.Write(probe, FeedDirectory, PackagesDirectory, BuildSettings.PackageVersion);

        // No build servers: each compile runs in a fresh csc process that loads the analyzer from the packages folder,
        // and no lingering server or node can hold this test's output pipes open.
        ProbeBuild = await DotNet.RunAsync(probe, BuildTimeLimit, "build", "-tl:off", "--disable-build-servers");
        if (!ProbeBuild.Succeeded)
        {
            return;
        }

        ProbeRun = await DotNet.RunAsync(probe, RunTimeLimit, "run", "--no-build");
    }

    /// <summary>The pack step's result, failing the test when it did not run.</summary>
    internal ProcessResult RequirePack() =>
        Pack ?? throw new InvalidOperationException("The package was never packed.");

    /// <summary>The probe build's result, failing the test with the reason when the build could not be attempted.</summary>
    internal ProcessResult RequireProbeBuild()
    {
        var pack = RequirePack();
        Assert.True(ProbeBuild is not null, $"The probe project was not built: packing failed or made no {PackageFileName}.\n{pack}");
        return ProbeBuild!;
    }

    /// <summary>The probe run's result, failing the test with the reason when the run could not be attempted.</summary>
    internal ProcessResult RequireProbeRun()
    {
        var build = RequireProbeBuild();
        Assert.True(ProbeRun is not null, $"The probe project was not run: its build failed.\n{build}");
        return ProbeRun!;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
