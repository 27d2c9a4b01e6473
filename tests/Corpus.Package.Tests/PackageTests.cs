using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Corpus.Package.Tests;

/// <summary>
/// The packed NuGet package, proven in the real compiler: the test host is not csc, and an analyzer dependency that
/// loads in a test can still fail to load there. Only a project that references the package shows that it works.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed partial class PackageTests(PackedPackageFixture package)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>The assemblies csc must find beside the generator: the generator, the reader and what they load.</summary>
    private static readonly string[] AnalyzerAssemblies = ["Corpus.Generator.dll", "Corpus.Reader.dll", "Markdig.dll", "YamlDotNet.dll"];

    private const string TaskFolder = "tasks/netstandard2.0/";

    /// <summary>What MSBuild loads for the build task: the task alone, which starts the store writer.</summary>
    private static readonly string[] TaskAssemblies = ["Corpus.Tasks.dll"];

    private const string StoreWriterFolder = "tools/storewriter/";

    /// <summary>
    /// The store writer and what it runs with: the analyzer's assemblies but the generator, the same builds of them; and
    /// the native store writer for the platform that packed, in a folder named after it.
    /// </summary>
    private static readonly string[] StoreWriterFiles =
    [
        "Corpus.StoreWriter.dll", "Corpus.StoreWriter.runtimeconfig.json", "Corpus.StoreWriter.deps.json", .. AnalyzerAssemblies.Where(assembly => assembly != "Corpus.Generator.dll"),
        NativeStoreWriter,
    ];

    /// <summary>The native store writer, under <see cref="StoreWriterFolder"/>.</summary>
    internal static string NativeStoreWriter => BuildSettings.SdkRuntimeIdentifier + "/Corpus.StoreWriter" + (OperatingSystem.IsWindows() ? ".exe" : "");

    /// <summary>Bundled into the analyzer folder, never a dependency a consumer would have to restore.</summary>
    private static readonly string[] BundledPackages = ["Markdig", "YamlDotNet"];

    [Fact]
    public void Packing_the_solution_makes_exactly_one_package_named_after_the_version()
    {
        var pack = package.RequirePack();
        Assert.True(pack.Succeeded, $"dotnet pack failed.\n{pack}");

        var packed = Directory.GetFiles(package.FeedDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.True(
            packed is [var only] && only == PackedPackageFixture.PackageFileName,
            $"Expected only {PackedPackageFixture.PackageFileName}, found: {string.Join(", ", packed)}\n{pack}");
    }

    [Fact]
    public void The_package_holds_the_library_the_build_files_and_the_analyzer_with_everything_it_loads()
    {
        var entries = ReadEntryNames();

        string[] required =
        [
            "lib/net8.0/Corpus.dll",
            "lib/net8.0/Corpus.xml",
            "build/Corpus.props",
            "build/Corpus.targets",
            "buildTransitive/Corpus.props",
            "buildTransitive/Corpus.targets",
            .. AnalyzerAssemblies.Select(assembly => AnalyzerFolder + assembly),
            .. TaskAssemblies.Select(assembly => TaskFolder + assembly),
            .. StoreWriterFiles.Select(file => StoreWriterFolder + file),
        ];
        var missing = required.Except(entries, StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, $"Missing from the package: {string.Join(", ", missing)}\nIt holds:\n{string.Join('\n', entries)}");
    }

    [Fact]
    public void The_task_folder_holds_the_task_alone_and_the_store_writer_the_analyzer_s_own_assemblies()
    {
        var entries = ReadEntryNames();
        var taskAssemblies = entries
            .Where(entry => entry.StartsWith(TaskFolder, StringComparison.Ordinal) && entry.EndsWith(".dll", StringComparison.Ordinal))
            .Select(entry => entry[TaskFolder.Length..]);
        Assert.Equal(TaskAssemblies.Order(StringComparer.Ordinal), taskAssemblies.Order(StringComparer.Ordinal));

        // The generator takes what the store writer read only from the same build of the reader.
        var storeWriterFiles = entries.Where(entry => entry.StartsWith(StoreWriterFolder, StringComparison.Ordinal)).Select(entry => entry[StoreWriterFolder.Length..]);
        Assert.Equal(StoreWriterFiles.Order(StringComparer.Ordinal), storeWriterFiles.Order(StringComparer.Ordinal));
        using var archive = ZipFile.OpenRead(RequirePackagePath());
        Assert.Equal(Hash(archive, AnalyzerFolder + "Corpus.Reader.dll"), Hash(archive, StoreWriterFolder + "Corpus.Reader.dll"));
    }

    private static string Hash(ZipArchive archive, string entry)
    {
        using var stream = archive.GetEntry(entry)!.Open();
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream));
    }

    [Fact]
    public void The_analyzer_folder_holds_no_compiler_assembly()
    {
        // The compiler supplies Roslyn; a second copy beside the generator would be loaded instead of, or next to, it.
        var compilerAssemblies = ReadEntryNames()
            .Where(entry => entry.StartsWith(AnalyzerFolder, StringComparison.Ordinal))
            .Where(entry => Path.GetFileName(entry).StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Assert.True(compilerAssemblies.Length == 0, $"The analyzer folder holds compiler assemblies: {string.Join(", ", compilerAssemblies)}");
    }

    [Fact]
    public void The_package_depends_on_nothing_the_analyzer_bundles_or_the_compiler_supplies()
    {
        using var archive = ZipFile.OpenRead(RequirePackagePath());
        var nuspecEntry = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/'));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);

        var metadata = nuspec.Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        Assert.Equal("Corpus", metadata.Elements().Single(element => element.Name.LocalName == "id").Value);
        Assert.Equal(BuildSettings.PackageVersion, metadata.Elements().Single(element => element.Name.LocalName == "version").Value);

        var dependencies = nuspec.Descendants()
            .Where(element => element.Name.LocalName == "dependency")
            .Select(element => (string?)element.Attribute("id") ?? "")
            .ToArray();
        var forbidden = dependencies
            .Where(id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                || BundledPackages.Contains(id, StringComparer.OrdinalIgnoreCase))
            .ToArray();
        Assert.True(forbidden.Length == 0, $"The package declares dependencies it must not: {string.Join(", ", forbidden)}\n{nuspec}");
    }

    [Fact]
    public void A_project_referencing_the_package_builds_with_no_warning()
    {
        var build = package.Require(package.SampleBuild, "sample probe's build");
        Assert.True(build.Succeeded, $"The probe project did not build.\n{build}");

        // TreatWarningsAsErrors covers the compiler (CS8032 analyzer not loaded, CS8785 generator failed, AD0001
        // analyzer crashed); this also catches MSBuild and NuGet warnings, which it does not turn into errors.
        var diagnostics = build.Lines.Where(IsWarningOrError).ToArray();
        Assert.True(diagnostics.Length == 0, $"The probe's build reported:\n{string.Join('\n', diagnostics)}\n\n{build}");
    }

    [Fact]
    public void The_project_restored_the_package_just_packed()
    {
        var build = package.Require(package.SampleBuild, "sample probe's build");
        var version = BuildSettings.PackageVersion.ToLowerInvariant();
        var restoredHash = Path.Combine(package.PackagesDirectory, "corpus", version, $"corpus.{version}.nupkg.sha512");
        Assert.True(File.Exists(restoredHash), $"The probe did not restore Corpus into its own packages folder ({restoredHash}).\n{build}");

        using var packed = File.OpenRead(package.PackagePath);
        Assert.Equal(Convert.ToBase64String(SHA512.HashData(packed)), File.ReadAllText(restoredHash).Trim());
    }

    [Fact]
    public void The_built_project_lists_every_article_at_run_time()
    {
        var run = package.Require(package.SampleRun, "sample probe's run");
        Assert.True(run.Succeeded, $"The probe project failed when run.\n{run}");
        var output = ProbeOutput.Parse(run);
        Assert.True(output is not null, $"The probe printed no corpus.\n{run}");

        var files = package.Sample!.Articles.Count;
        Assert.True(output.Count == files && output.Articles.Count == files, $"Expected {files} articles, one per file.\n{run}");
        Assert.True(output.Articles.Select(article => article.Id).Distinct(StringComparer.Ordinal).Count() == files, $"Article ids are not unique.\n{run}");

        string[] expectedTitles = [.. SampleProbe.SampleTitles, SampleProbe.FrontMatterTitle];
        var missing = expectedTitles.Except(output.Articles.Select(article => article.Title), StringComparer.Ordinal).ToArray();
        Assert.True(missing.Length == 0, $"Missing titles: {string.Join(" | ", missing)}\n{run}");
        Assert.True(output.Articles.All(article => article.Paragraphs.Count > 0 && article.Id.Length > 0), $"An article has no id or no paragraph.\n{run}");
        Assert.True(
            output.Articles.Single(article => article.Title == SampleProbe.FrontMatterTitle).Paragraphs.Count == SampleProbe.FrontMatterParagraphs,
            $"The front-matter article should have {SampleProbe.FrontMatterParagraphs} paragraphs.\n{run}");
        Assert.True(output.Typed == SampleProbe.SampleTitles[1], $"The generated property read the wrong article.\n{run}");
    }

    [Fact]
    public void The_seed_articles_read_through_the_package_exactly_as_an_editor_would_read_them()
    {
        var run = package.Require(package.SampleRun, "sample probe's run");
        var output = ProbeOutput.Parse(run);
        Assert.True(output is not null, $"The probe printed no corpus.\n{run}");
        var plain = output.Articles.Single(a => a.SourcePath.EndsWith("000_adab332ab06b8a70.txt", StringComparison.Ordinal));
        var markdown = output.Articles.Single(a => a.SourcePath.EndsWith("004_0576b9eab734e85a.txt", StringComparison.Ordinal));

        Assert.Equal(
            ("PlainText", "Russia may be coming in from cold after talks with Hague", 0, (string?)null, (string?)null, (string?)null, "en"),
            (plain.Format, plain.Title, plain.Authors.Count, plain.Published, plain.OriginalUrl, plain.Dateline, plain.Language));
        Assert.StartsWith("Britain signalled that it was ready", plain.Paragraphs[0], StringComparison.Ordinal);

        Assert.Equal("Markdown", markdown.Format);
        Assert.Equal("Britain, Russia to Reach Out Via Hotline", markdown.Title);
        Assert.Equal(["Howard Amos"], markdown.Authors);
        Assert.Equal("2011-02-15", markdown.Published);
        Assert.Equal("LONDON", markdown.Dateline);
        Assert.Equal(["Foreign Minister Sergei Lavrov speaking at the opening session of Russian Business Week in London on Tuesday. | Andrew Winning"], markdown.Images);
        Assert.Equal(["Reuters", "MT"], markdown.Credits);
        Assert.Equal("https://www.themoscowtimes.com/2011/02/15/britain-russia-to-reach-out-via-hotline-a5019", markdown.OriginalUrl);
        Assert.Equal("The Moscow Times", markdown.Publisher);
        Assert.Equal("en", markdown.Language);
        Assert.Equal(20, markdown.Paragraphs.Count);
        Assert.StartsWith("At the start of an official two-day visit to Britain", markdown.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("An agitated Lavrov jabbed his finger at Sidelnikov", markdown.Paragraphs[^1], StringComparison.Ordinal);
        Assert.Equal(string.Join("\n\n", markdown.Paragraphs), markdown.Text);
    }

    /// <summary>
    /// The articles in the project's folder are no None items, which the SDK's default glob would make them: each would
    /// cost every evaluation a link computed per file. One the project copies to its output stays a None item, and is
    /// copied.
    /// </summary>
    [Fact]
    public async Task Articles_are_no_None_items_except_one_the_project_copies_to_its_output()
    {
        package.RequirePack();
        const string Copied = SampleProbe.EditedArticle;
        var probe = ProbeProject.Write(
            package.ProbeDirectory("none-items"),
            new ProbeSettings(package.FeedDirectory, package.PackagesDirectory, SampleProbe.Articles(), TreatWarningsAsErrors: true)
            {
                Targets = $"""
                      <ItemGroup>
                        <None Update="{Copied}" CopyToOutputDirectory="PreserveNewest" />
                      </ItemGroup>
                      <Target Name="ShowNoneItems" BeforeTargets="CoreCompile">
                        <Message Importance="high" Text="None item: %(None.Identity)" />
                      </Target>
                    """,
            });
        var generated = Directory.CreateDirectory(package.ProbeDirectory(Path.Combine("generated", "none-items"))).FullName;

        var build = await probe.BuildAsync(generated);

        Assert.True(build.Succeeded, $"The probe project did not build.\n{build}");
        const string Marker = "None item: ";
        var articlesAsNone = build.Lines
            .Where(line => line.Contains(Marker, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim().Replace('\\', '/'))
            .Where(path => path.StartsWith("articles/", StringComparison.Ordinal))
            .ToArray();
        Assert.True(articlesAsNone.SequenceEqual([Copied]), $"Articles listed as None items: {string.Join(", ", articlesAsNone)}\n{build}");
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(probe.OutputAssembly)!, Copied)), $"The copied article is not in the output.\n{build}");
    }

    private string RequirePackagePath()
    {
        var pack = package.RequirePack();
        Assert.True(File.Exists(package.PackagePath), $"No {PackedPackageFixture.PackageFileName} was packed.\n{pack}");
        return package.PackagePath;
    }

    private string[] ReadEntryNames()
    {
        using var archive = ZipFile.OpenRead(RequirePackagePath());
        return [.. archive.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A diagnostic line as MSBuild, NuGet and the compiler print it ("file(1,2): warning CS0168: …"), or any other
    /// line naming a warning or an error, but not the summary's "0 Warning(s)" counts.
    /// </summary>
    private static bool IsWarningOrError(string line) =>
        WarningOrError().IsMatch(line) && !SummaryCount().IsMatch(line);

    [GeneratedRegex(@"\b(warning|error)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WarningOrError();

    [GeneratedRegex(@"^\s*\d+ (Warning|Error)\(s\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryCount();
}
