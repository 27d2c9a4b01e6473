using Corpus.Reading.Diagnostics;

namespace Corpus.Reader.Tests.Extraction;

/// <summary>Odd input never makes the reader fail: it reads what it can and reports the rest.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("---\ntitle: [\n---\n")]
    [InlineData("---\n&a [*a]\n---\n# T\n\nText here.\n")]
    [InlineData("---\nx: &a {y: *a}\n---\n# T\n\nText here.\n")]
    [InlineData("---\n? [complex, key]\n: value\n---\n# T\n\nText here.\n")]
    [InlineData("---\ntitle: ~\nauthor: ~\ndate: ~\ntags: ~\n---\n# T\n\nText here.\n")]
    [InlineData("# T\n\nBy\n\n(\n\n)\n\n()\n\n—\n\nOriginal url:\n")]
    [InlineData("T\nBy , , and\n— — —\n(Reuters\nSource:\n<>\n")]
    [InlineData("T\nLONDON —\n")]
    [InlineData("T\n/ТАСС/\n")]
    [InlineData("# T\n\n![](<>)\n\n**\n\nPhoto:\n")]
    [InlineData("T\n31/31/9999\n00.00.0000\n2011-02-15T\n")]
    public void Odd_input_is_read_without_failing(string text)
    {
        var result = Read.Text(text);

        Assert.DoesNotContain(result.Diagnostics, d => d.Kind == DiagnosticKind.UnexpectedFailure);
        Assert.NotNull(result.Article);
    }
}
