using System.Text;

namespace Corpus.Package.Tests;

/// <summary>
/// The article store as a package consumer's build makes it: the package's task writes it before the compiler runs,
/// the compiler embeds it as <c>Corpus.Store</c>, and the generator checks it against what it read itself.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class StoreTests(PackedPackageFixture package)
{
    private const string SkippedTaskMessage = "Skipping target \"CorpusWriteStore\" because all output files are up-to-date";

    /// <summary>A target that changes an article after the store was written and before the compiler reads it.</summary>
    private static readonly string EditAnArticleAfterTheStoreIsWritten = $"""
              <Target Name="EditAnArticleAfterTheStoreIsWritten" AfterTargets="CorpusWriteStore">
                <WriteLinesToFile File="{SampleProbe.EditedArticle}" Lines="# Edited behind the store's back;;Not what the store holds." Overwrite="true" />
              </Target>
        """;

    [Fact]
    public void A_consumer_embeds_the_store_its_build_wrote_with_a_record_for_every_article()
    {
        var build = package.Require(package.SampleBuild, "sample probe's build");
        Assert.True(build.Succeeded, $"The probe project did not build.\n{build}");
        var store = package.SampleStore!;

        Assert.True(store.Store is not null && store.Manifest is not null, $"The build wrote no store or no manifest.\n{store}\n{build}");
        Assert.True(store.Embedded is not null, $"{package.Sample!.OutputAssembly} embeds no {EmbeddedResources.StoreName} resource.\n{build}");
        Assert.StartsWith("CorpusStore/3\n", Encoding.Latin1.GetString(store.Embedded), StringComparison.Ordinal);
        Assert.True(store.Embedded.AsSpan().SequenceEqual(store.Store), $"The embedded store is not the one the build wrote.\n{store}");

        var listed = ManifestPaths(store.Manifest);
        var articles = package.Sample!.Articles.Select(article => article.RelativePath).Order(StringComparer.Ordinal);
        Assert.Equal(articles, listed);
    }

    [Fact]
    public void A_consumer_with_CorpusStorage_Inline_builds_and_embeds_no_store()
    {
        var build = package.Require(package.InlineBuild, "inline probe's build");
        Assert.True(build.Succeeded, $"The probe project did not build.\n{build}");

        var probe = package.Inline!;
        var resources = EmbeddedResources.Read(probe.OutputAssembly);
        Assert.True(resources.Count == 0, $"{probe.OutputAssembly} embeds {string.Join(", ", resources.Keys)}.\n{build}");
        Assert.False(File.Exists(probe.IntermediateFile(StoreFiles.StoreFileName)), $"The build wrote a store.\n{build}");
        Assert.False(File.Exists(probe.IntermediateFile(StoreFiles.ManifestFileName)), $"The build wrote a manifest.\n{build}");
    }

    [Fact]
    public void A_build_with_nothing_changed_skips_the_task_and_leaves_the_store_alone()
    {
        var build = package.Require(package.UnchangedBuild, "unchanged sample probe's build");
        Assert.True(build.Succeeded, $"The probe project did not build again.\n{build}");
        var (before, after) = (package.SampleStore!, package.UnchangedStore!);

        Assert.True(build.Output.Contains(SkippedTaskMessage, StringComparison.Ordinal), $"The store was written again.\n{build}");
        Assert.True(after.StoreWritten == before.StoreWritten, $"The store file was touched.\nbefore: {before}\nafter: {after}");
        Assert.True(after.Embedded is not null && after.Embedded.AsSpan().SequenceEqual(before.Store), $"The assembly lost its store.\n{after}");
    }

    [Fact]
    public void Editing_one_article_writes_the_store_again_and_embeds_it_again()
    {
        var build = package.Require(package.EditedBuild, "edited sample probe's build");
        Assert.True(build.Succeeded, $"The probe project did not build after an edit.\n{build}");
        var (before, after) = (package.UnchangedStore!, package.EditedStore!);

        Assert.DoesNotContain(SkippedTaskMessage, build.Output, StringComparison.Ordinal);
        Assert.True(after.Store is not null && !after.Store.AsSpan().SequenceEqual(before.Store), $"The store did not change.\nbefore: {before}\nafter: {after}");
        Assert.True(after.Embedded is not null && after.Embedded.AsSpan().SequenceEqual(after.Store), $"The assembly embeds an older store.\n{after}\n{build}");

        // Only the edited article's record changed.
        var changed = ManifestLines(before.Manifest!).Except(ManifestLines(after.Manifest!)).Select(SourcePath);
        Assert.Equal([SampleProbe.EditedArticle], changed);
    }

    /// <summary>
    /// A target that changes an article after the store was written and before the compiler reads it: the store then
    /// holds a record the generator did not read, which must fail the build, never ship a corpus that disagrees with its
    /// own API.
    /// </summary>
    [Fact]
    public async Task A_store_that_disagrees_with_what_the_compiler_read_fails_the_build_with_CORPUS023()
    {
        var (build, _) = await BuildSampleWithTargetsAsync("disagreeing", treatWarningsAsErrors: false, EditAnArticleAfterTheStoreIsWritten);

        Assert.False(build.Succeeded, $"A store that disagrees with the articles did not fail the build.\n{build}");
        Assert.Contains(build.Lines, line => line.Contains(": error CORPUS023: ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The same disagreement in a design-time build, as an IDE runs one: the package's targets hand the compiler the
    /// design-time config, and the generator leaves the check to the next real build, which rewrites the store.
    /// </summary>
    [Fact]
    public async Task A_design_time_build_leaves_the_store_check_to_the_next_build()
    {
        var (build, _) = await BuildSampleWithTargetsAsync("design-time", treatWarningsAsErrors: false, EditAnArticleAfterTheStoreIsWritten + """
              <Target Name="ShowAnalyzerConfigs" BeforeTargets="CoreCompile">
                <Message Importance="high" Text="Analyzer config: %(EditorConfigFiles.Filename)%(EditorConfigFiles.Extension)" />
              </Target>
            """, "-p:DesignTimeBuild=true");

        Assert.True(build.Succeeded, $"A design-time build reported the store it is behind.\n{build}");
        Assert.Contains(build.Lines, line => line.Contains("Analyzer config: Corpus.DesignTime.globalconfig", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, line => line.Contains("CORPUS023", StringComparison.Ordinal));
    }

    /// <summary>
    /// The generator takes each article the build task read from the task's manifest instead of reading it again: a
    /// target gives one article another title in the manifest only, and the generated code names the article by it.
    /// This proves that the task and the generator in the package are the same build of the reader, which a digest
    /// is reused only between.
    /// </summary>
    [Fact]
    public async Task The_generator_takes_what_the_build_task_read_from_the_manifest()
    {
        var (build, generated) = await BuildSampleWithTargetsAsync("manifest-taken", treatWarningsAsErrors: true, $"""
              <Target Name="RetitleAnArticleInTheManifest" AfterTargets="CorpusWriteStore">
                <PropertyGroup>
                  <_Manifest>$([System.IO.File]::ReadAllText('$(_CorpusStoreManifestFile)').Replace('&#9;A&#9;{SampleProbe.FrontMatterTitle}&#9;', '&#9;A&#9;Taken from the manifest&#9;').TrimEnd())</_Manifest>
                </PropertyGroup>
                <WriteLinesToFile File="$(_CorpusStoreManifestFile)" Lines="$([MSBuild]::Escape('$(_Manifest)'))" Overwrite="true" />
              </Target>
            """);

        Assert.True(build.Succeeded, $"The probe project did not build.\n{build}");
        var sources = string.Concat(Directory.GetFiles(generated, "*.g.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("/// <summary>Taken from the manifest</summary>", sources, StringComparison.Ordinal);
        Assert.DoesNotContain($"/// <summary>{SampleProbe.FrontMatterTitle}</summary>", sources, StringComparison.Ordinal);
    }

    /// <summary>
    /// A path the list of articles cannot hold (a tab separates its fields, a line break its lines) fails the build and
    /// names the file, rather than losing the article; the check looks at every path at once, and one by one only then.
    /// </summary>
    [Fact]
    public async Task An_article_whose_path_holds_a_tab_fails_the_build_naming_the_file()
    {
        package.RequirePack();
        var oddName = "articles/tab\tin its name.txt";
        var articles = SampleProbe.Articles().Append(ProbeFile.Utf8(oddName, "A title\n\nA body long enough to be read as an article.\n")).ToList();
        var probe = ProbeProject.Write(package.ProbeDirectory("tab-in-path"), new ProbeSettings(package.FeedDirectory, package.PackagesDirectory, articles, TreatWarningsAsErrors: false));
        var generated = Directory.CreateDirectory(package.ProbeDirectory(Path.Combine("generated", "tab-in-path"))).FullName;

        var build = await probe.BuildAsync(generated);

        Assert.False(build.Succeeded, $"A path with a tab did not fail the build.\n{build}");
        Assert.Contains(build.Lines, line => line.Contains("has a tab or a line break in its path", StringComparison.Ordinal) && line.Contains("tab\tin its name.txt", StringComparison.Ordinal));
    }

    /// <summary>Builds the sample probe, in a directory of its own, with <paramref name="targets"/> added to its project.</summary>
    /// <returns>The build, and where its generated sources were written.</returns>
    private async Task<(ProcessResult Build, string Generated)> BuildSampleWithTargetsAsync(string name, bool treatWarningsAsErrors, string targets, params string[] arguments)
    {
        package.RequirePack();
        var probe = ProbeProject.Write(
            package.ProbeDirectory(name),
            new ProbeSettings(package.FeedDirectory, package.PackagesDirectory, SampleProbe.Articles(), treatWarningsAsErrors) { Targets = targets });
        // Made here: a design-time build skips the target that makes it, and the compiler makes only what lies below it.
        var generated = Directory.CreateDirectory(package.ProbeDirectory(Path.Combine("generated", name))).FullName;
        return (await probe.BuildAsync(generated, arguments), generated);
    }

    private static string[] ManifestLines(string manifest) => manifest.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];

    private static string[] ManifestPaths(string manifest) => [.. ManifestLines(manifest).Select(SourcePath)];

    /// <summary>A manifest line's source path: its third tab-separated field.</summary>
    private static string SourcePath(string line) => line.Split('\t')[2];
}
