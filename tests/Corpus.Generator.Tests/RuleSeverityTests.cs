using System.Globalization;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>
/// Rule severities set per article file with <c>corpus_diagnostic.CORPUSnnn.severity</c> in an <c>.editorconfig</c>
/// section: the compiler applies <c>dotnet_diagnostic</c> settings only to C# files, so Corpus applies its own.
/// </summary>
public class RuleSeverityTests
{
    private static Dictionary<string, string> Setting(string id, string severity) =>
        new() { [$"corpus_diagnostic.{id.ToLowerInvariant()}.severity"] = severity };

    [Fact]
    public void A_file_section_turns_a_rule_off_raises_or_lowers_it_and_leaves_other_files_alone()
    {
        TestArticle[] articles =
        [
            new("legacy/empty.txt", "") { Options = Setting("CORPUS003", "none") },
            new("new/empty.txt", ""),
            new("legacy/binary.txt", "\0\0\0\0\u0001\u0002binary") { Options = Setting("CORPUS004", "error") },
            new("legacy/a.txt", "Same title\nOne body.") { Options = Setting("CORPUS009", "suggestion") },
            new("legacy/b.txt", "Same title\nAnother body.") { Options = new Dictionary<string, string>(Setting("CORPUS009", "suggestion")) { ["corpus_diagnostic.corpus008.severity"] = "silent" } },
        ];

        var diagnostics = Describe(new GeneratorHarness().Run(articles).Diagnostics);

        Assert.Equal(
            [
                "CORPUS008 Hidden legacy/b.txt",
                "CORPUS009 Info legacy/b.txt",
                "CORPUS004 Error legacy/binary.txt",
                "CORPUS003 Warning new/empty.txt",
            ],
            diagnostics);
    }

    [Fact]
    public void Default_restores_the_rule_and_a_value_that_is_no_severity_is_reported()
    {
        TestArticle[] articles =
        [
            new("a/empty.txt", "") { Options = Setting("CORPUS003", "default") },
            new("b/empty.txt", "") { Options = Setting("CORPUS003", "loud") },
        ];

        var diagnostics = new GeneratorHarness().Run(articles).Diagnostics;

        Assert.Equal(["CORPUS003 Warning a/empty.txt", "CORPUS003 Warning b/empty.txt", "CORPUS012 Warning b/empty.txt"], Describe(diagnostics));
        Assert.Contains("corpus_diagnostic.CORPUS003.severity value 'loud' is not valid", Assert.Single(diagnostics, d => d.Id == "CORPUS012").GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d => $"{d.Id} {d.Severity} {d.Location.GetLineSpan().Path[GeneratorHarness.DefaultProjectDirectory.Length..]}")
            .OrderBy(d => d.Split(' ')[2], StringComparer.Ordinal)
            .ThenBy(d => d, StringComparer.Ordinal)
            .ToList();
}
