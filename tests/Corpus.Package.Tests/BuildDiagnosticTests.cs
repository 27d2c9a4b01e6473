using System.Text.RegularExpressions;

namespace Corpus.Package.Tests;

/// <summary>
/// Diagnostics as the real compiler reports them for the probe of bad files: where they point, and which ways of
/// changing a rule's severity reach a diagnostic located in an article file, which is no C# source.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BuildDiagnosticTests(PackedPackageFixture package)
{
    /// <summary>The compiler's own words for a generator or analyzer that failed or never loaded.</summary>
    private static readonly string[] FailureIds = ["CS8785", "AD0001", "CS8032"];

    [Fact]
    public void Every_bad_file_is_reported_as_a_warning_at_its_full_path_and_the_build_goes_on()
    {
        var build = package.Require(package.BadFilesBuild, "bad-files probe's build");
        var probe = package.BadFiles!;

        Assert.True(build.Succeeded, $"A bad article file failed the build.\n{build}");
        var missing = BadFilesProbe.ExpectedWarnings
            .Where(expected => !IsReported(build, probe.FullPath(expected.File), "warning", expected.Id))
            .Select(expected => $"{probe.FullPath(expected.File)}(line,column): warning {expected.Id}")
            .ToArray();
        Assert.True(missing.Length == 0, $"Not reported:\n{string.Join('\n', missing)}\n\n{build}");
    }

    [Fact]
    public void A_globalconfig_turns_a_rule_off_and_another_into_an_error()
    {
        var (baseline, configured, probe) = RequireBothBuilds();

        AssertReported(baseline, probe.FullPath(BadFilesProbe.EmptyFile), "warning", "CORPUS003");
        AssertReported(baseline, probe.FullPath(BadFilesProbe.PhotoFile), "warning", "CORPUS004");

        Assert.True(Reported(configured, "CORPUS003").Length == 0, $"CORPUS003 = none in .globalconfig did not turn the rule off.\n{configured}");
        AssertReported(configured, probe.FullPath(BadFilesProbe.NulFile), "error", "CORPUS004");
        AssertReported(configured, probe.FullPath(BadFilesProbe.PhotoFile), "error", "CORPUS004");
        Assert.False(configured.Succeeded, $"An error did not fail the build.\n{configured}");
    }

    [Fact]
    public void NoWarn_turns_a_rule_off()
    {
        var (baseline, configured, probe) = RequireBothBuilds();

        AssertReported(baseline, probe.FullPath(BadFilesProbe.SecondSameTitleFile), "warning", "CORPUS008");
        Assert.True(Reported(configured, "CORPUS008").Length == 0, $"<NoWarn>CORPUS008</NoWarn> did not turn the rule off.\n{configured}");
    }

    [Fact]
    public void WarningsAsErrors_turns_a_rule_into_an_error()
    {
        var (baseline, configured, probe) = RequireBothBuilds();

        AssertReported(baseline, probe.FullPath(BadFilesProbe.SecondSameTitleFile), "warning", "CORPUS009");
        AssertReported(configured, probe.FullPath(BadFilesProbe.SecondSameTitleFile), "error", "CORPUS009");
        Assert.DoesNotContain(Reported(configured, "CORPUS009"), line => line.Contains(": warning CORPUS009", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_no_setting_names_keeps_its_severity()
    {
        var (_, configured, probe) = RequireBothBuilds();

        AssertReported(configured, probe.FullPath(BadFilesProbe.LegacyFile), "warning", "CORPUS005");
    }

    /// <summary>
    /// The compiler applies an <c>.editorconfig</c>'s <c>dotnet_diagnostic</c> settings to the C# files a section
    /// matches, and a diagnostic located in an article file is in none of them. The C# warning in the same build shows
    /// that the file was read and applied.
    /// </summary>
    [Fact]
    public void An_editorconfig_dotnet_diagnostic_setting_changes_C_sharp_warnings_but_not_the_rules_reported_in_article_files()
    {
        var (baseline, configured, probe) = RequireBothBuilds();

        AssertReported(baseline, probe.FullPath(BadFilesProbe.ControlSource), "warning", "CS0168");
        AssertReported(configured, probe.FullPath(BadFilesProbe.ControlSource), "error", "CS0168");

        AssertReported(configured, probe.FullPath(BadFilesProbe.SymbolsFile), "warning", "CORPUS013");
        Assert.DoesNotContain(Reported(configured, "CORPUS013"), line => line.Contains(": error CORPUS013", StringComparison.Ordinal));
    }

    /// <summary>Corpus applies its own key per article file, with the later, more specific section winning.</summary>
    [Fact]
    public void An_editorconfig_corpus_diagnostic_setting_changes_a_rule_for_the_article_files_its_section_matches()
    {
        var (baseline, configured, probe) = RequireBothBuilds();

        AssertReported(baseline, probe.FullPath(BadFilesProbe.StubFile), "warning", "CORPUS007");
        AssertReported(baseline, probe.FullPath(BadFilesProbe.SecondStubFile), "warning", "CORPUS007");

        Assert.DoesNotContain(Reported(configured, "CORPUS007"), line => line.StartsWith(probe.FullPath(BadFilesProbe.StubFile) + "(", StringComparison.Ordinal));
        AssertReported(configured, probe.FullPath(BadFilesProbe.SecondStubFile), "error", "CORPUS007");
    }

    [Fact]
    public void No_build_reports_a_generator_that_failed_or_an_analyzer_that_did_not_load()
    {
        string[] names = ["sample probe's build", "bad-files probe's build", "moved probe's build", "configured build"];
        ProcessResult?[] steps = [package.SampleBuild, package.BadFilesBuild, package.MovedBuild, package.ConfiguredBuild];
        var builds = steps.Zip(names, (step, name) => package.Require(step, name)).ToArray();

        foreach (var build in builds)
        {
            Assert.True(build.ExitCode is not null, $"The build ran out of time.\n{build}");
            var failures = build.Lines.Where(line => FailureIds.Any(id => line.Contains(id, StringComparison.Ordinal))).ToArray();
            Assert.True(failures.Length == 0, $"The build reported:\n{string.Join('\n', failures)}\n\n{build}");
        }
    }

    private (ProcessResult Baseline, ProcessResult Configured, ProbeProject Probe) RequireBothBuilds() =>
        (package.Require(package.BadFilesBuild, "bad-files probe's build"), package.Require(package.ConfiguredBuild, "configured build"), package.BadFiles!);

    private static void AssertReported(ProcessResult build, string fullPath, string severity, string id) =>
        Assert.True(IsReported(build, fullPath, severity, id), $"Expected \"{fullPath}(line,column): {severity} {id}: …\".\n{build}");

    /// <summary>Whether the build printed the diagnostic as MSBuild does: "/full/path(3,1): warning CORPUS003: …".</summary>
    private static bool IsReported(ProcessResult build, string fullPath, string severity, string id)
    {
        var pattern = new Regex($@"^{Regex.Escape(fullPath)}\(\d+,\d+\): {severity} {id}: ", RegexOptions.CultureInvariant);
        return build.Lines.Any(pattern.IsMatch);
    }

    /// <summary>Every line that reports <paramref name="id"/>, whatever its severity or location.</summary>
    private static string[] Reported(ProcessResult build, string id) =>
        [.. build.Lines.Where(line => line.Contains($" {id}: ", StringComparison.Ordinal))];
}
