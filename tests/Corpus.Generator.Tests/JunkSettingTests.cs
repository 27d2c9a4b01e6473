using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>The CorpusJunk property and the Junk item metadata reach the reader, and bad values are reported.</summary>
public class JunkSettingTests
{
    private const string SpamArticle =
        "Port strike enters second week\n"
        + "Dock workers extended their strike into a second week on Monday, leaving hundreds of containers stranded. срочный займ на карту https://zaim-srazu.ru займ на карту онлайн\n";

    [Fact]
    public void The_item_metadata_overrules_the_project_property()
    {
        var harness = new GeneratorHarness { Properties = new Dictionary<string, string> { ["CorpusJunk"] = "Off" } };

        var (_, output, diagnostics) = harness.Run(
        [
            new TestArticle("a.txt", SpamArticle),
            new TestArticle("b.txt", SpamArticle.Replace("Port", "Dock", StringComparison.Ordinal), Metadata: new Dictionary<string, string> { ["Junk"] = "Remove" }),
        ]);

        var spam = Assert.Single(diagnostics, d => d.Id == "CORPUS021");
        Assert.EndsWith("b.txt", spam.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, spam.Severity);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Values_that_are_no_mode_are_reported_and_the_default_used()
    {
        var harness = new GeneratorHarness { Properties = new Dictionary<string, string> { ["CorpusJunk"] = "sometimes" } };

        var (_, _, diagnostics) = harness.Run([new TestArticle("a.txt", SpamArticle, Metadata: new Dictionary<string, string> { ["Junk"] = "never" })]);

        Assert.Equal(
            ["CORPUS012 The CorpusJunk value 'sometimes' is not valid; 'Remove' is used instead", "CORPUS012 The Junk value 'never' is not valid; 'Remove' is used instead", "CORPUS021"],
            diagnostics.Select(d => d.Id == "CORPUS021" ? d.Id : d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
    }
}
