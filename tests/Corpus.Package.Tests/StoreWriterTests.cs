using Corpus.Testing;

namespace Corpus.Package.Tests;

/// <summary>
/// Which store writer a build starts: the native one the package carries for the platform that builds, the portable one
/// when told to, and the portable one after a native one that cannot run here. Every way writes the same store.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class StoreWriterTests(PackedPackageFixture package)
{
    private const string FallbackMessage = "could not run here";

    private const string StartedEarlyMessage = "Corpus: the store writer is started ahead of the compiler: ";

    private const string WaitedForMessage = "Corpus: waiting for the store writer started ahead of the compiler.";

    /// <summary>The native store writer in the probes' packages folder, as the build task starts it.</summary>
    private string NativeWriter =>
        Path.Combine(package.PackagesDirectory, "corpus", BuildSettings.PackageVersion, "tools", "storewriter", PackageTests.NativeStoreWriter.Replace('/', Path.DirectorySeparatorChar));

    [Fact]
    public void A_build_on_the_platform_that_packed_starts_the_native_store_writer()
    {
        // The edited build wrote the store again, in detail: the task's command line names the program it started.
        var build = package.Require(package.EditedBuild, "sample probe's edited build");
        Assert.True(build.Succeeded, $"The build failed.\n{build}");
        Assert.True(File.Exists(NativeWriter), $"No native store writer at {NativeWriter}.");

        Assert.Contains(build.Lines, line => line.Trim().StartsWith(NativeWriter + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, line => line.Contains(FallbackMessage, StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, line => line.Contains("Corpus.StoreWriter.dll", StringComparison.Ordinal));

        // Started early in the build, and waited for before the compiler rather than started again.
        Assert.Contains(build.Lines, line => line.Contains(StartedEarlyMessage + NativeWriter + " ", StringComparison.Ordinal));
        Assert.Contains(build.Lines, line => line.Contains(WaitedForMessage, StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, line => line.Contains("it is started again", StringComparison.Ordinal));
    }

    /// <summary>
    /// A target that rewrites an article after the store writer was started early, before the compiler: the store writer
    /// is started again, and the program reads the article as rewritten (a store read before the change would fail the
    /// build with CORPUS023).
    /// </summary>
    [Fact]
    public async Task An_article_a_target_rewrites_after_the_store_writer_started_is_read_as_rewritten()
    {
        const string Title = "Rewritten by a target";
        var probe = Probe("rewriting-target", new Dictionary<string, string>(), $"""
            <Target Name="RewriteAnArticle" AfterTargets="ResolveReferences">
              <WriteLinesToFile File="$(MSBuildProjectDirectory)/{SampleProbe.EditedArticle}" Lines="# {Title};A body written by a target that ran after the store writer had started." Overwrite="true" />
            </Target>
            """);

        var build = await probe.BuildAsync(package.ProbeDirectory(Path.Combine("generated", "rewriting-target")), "-v:n");
        var run = build.Succeeded ? await probe.RunAsync() : build;

        Assert.True(build.Succeeded, $"The build failed.\n{build}");
        Assert.Contains(build.Lines, line => line.Contains(StartedEarlyMessage, StringComparison.Ordinal));
        Assert.Contains(build.Lines, line => line.Contains($"{probe.FullPath(SampleProbe.EditedArticle)}' changed after the store writer was started ahead of the compiler; it is started again.", StringComparison.Ordinal));
        var output = ProbeOutput.Parse(run);
        Assert.True(output is not null, $"The probe printed no corpus.\n{run}");
        Assert.Contains(Title, output.Articles.Select(article => article.Title));
    }

    /// <summary>The same project built twice, the second time with the portable writer: the same store and manifest.</summary>
    [Fact]
    public async Task CorpusNativeStoreWriter_false_starts_the_portable_store_writer_which_writes_the_same_store()
    {
        var probe = Probe("portable-writer", new Dictionary<string, string>());
        var generated = package.ProbeDirectory(Path.Combine("generated", "portable-writer"));
        var nativeBuild = await probe.BuildAsync(generated, "-v:n");
        var native = StoreFiles.Of(probe);

        var build = await probe.BuildAsync(generated, "-v:n", "-p:CorpusNativeStoreWriter=false");

        Assert.True(nativeBuild.Succeeded && build.Succeeded, $"A build failed.\n{nativeBuild}\n{build}");
        Assert.Contains(nativeBuild.Lines, line => line.Trim().StartsWith(NativeWriter + " ", StringComparison.Ordinal));
        Assert.Contains(build.Lines, line => line.Contains("exec ", StringComparison.Ordinal) && line.Contains("Corpus.StoreWriter.dll", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, line => line.Contains(NativeWriter, StringComparison.Ordinal));
        AssertSameStore(native, StoreFiles.Of(probe), build);
        Assert.Equal(native.Manifest, StoreFiles.Of(probe).Manifest);
    }

    /// <summary>
    /// A native writer that cannot run on this machine, as one built against a newer C library would not: its loader
    /// prints an error of its own and exits. The portable writer writes the store instead, and the build says why.
    /// </summary>
    [Fact]
    public async Task A_native_store_writer_that_cannot_run_here_is_followed_by_the_portable_one_with_a_message_and_no_error()
    {
        var native = package.SampleStore ?? throw new InvalidOperationException("The sample probe wrote no store.");
        var directory = package.ProbeDirectory("failing-writer");
        var failing = ScriptProgram.Write(Path.Combine(directory + "-tools", "storewriter"), [], "version GLIBC_9.99 not found, required by Corpus.StoreWriter", exitCode: 1);
        var probe = Probe("failing-writer", new Dictionary<string, string> { ["CorpusStoreWriterExecutable"] = failing });

        var build = await probe.BuildAsync(package.ProbeDirectory(Path.Combine("generated", "failing-writer")), "-v:n");

        Assert.True(build.Succeeded, $"The build failed.\n{build}");
        var message = build.Lines.SingleOrDefault(line => line.Contains(FallbackMessage, StringComparison.Ordinal));
        Assert.True(message is not null, $"No message says the native store writer could not run.\n{build}");
        Assert.Contains(failing, message, StringComparison.Ordinal);
        Assert.Contains("GLIBC_9.99", message, StringComparison.Ordinal);
        Assert.Contains(build.Lines, line => line.Contains("exec ", StringComparison.Ordinal) && line.Contains("Corpus.StoreWriter.dll", StringComparison.Ordinal));
        AssertSameStore(native, StoreFiles.Of(probe), build);
    }

    private ProbeProject Probe(string name, Dictionary<string, string> properties, string targets = "")
    {
        package.RequirePack();
        return ProbeProject.Write(
            package.ProbeDirectory(name),
            new ProbeSettings(package.FeedDirectory, package.PackagesDirectory, SampleProbe.Articles(), TreatWarningsAsErrors: true)
            {
                TypedProperty = SampleProbe.TypedProperty,
                Properties = properties,
                Targets = targets,
            });
    }

    /// <summary>The same store bytes, embedded as written; the manifest names the project's paths, so only one project's two builds can compare theirs.</summary>
    private static void AssertSameStore(StoreFiles expected, StoreFiles actual, ProcessResult build)
    {
        Assert.True(actual.Store is not null && actual.Manifest is not null, $"The build wrote no store.\n{build}");
        Assert.True(expected.Store.AsSpan().SequenceEqual(actual.Store), $"The stores differ: {expected.Store?.Length} bytes and {actual.Store.Length}.\n{build}");
        Assert.True(actual.Store.AsSpan().SequenceEqual(actual.Embedded), $"The assembly does not embed the store it wrote.\n{build}");
    }
}
