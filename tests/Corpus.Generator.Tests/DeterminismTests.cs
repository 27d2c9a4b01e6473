using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>The same files give byte-identical generated sources, whatever their order or the checkout directory.</summary>
public class DeterminismTests
{
    private static readonly IReadOnlyList<TestArticle> Articles =
    [
        .. SampleArticles.All,
        new TestArticle("b/same.txt", "Same\nOne body."),
        new TestArticle("a/same.txt", "Same\nAnother body."),
        new TestArticle("c/all.md", "# All\n\nA reserved name."),
        new TestArticle("d/empty.txt", ""),
    ];

    [Fact]
    public void Another_order_and_another_directory_give_the_same_sources_and_diagnostics()
    {
        var first = Generate(new GeneratorHarness(), Articles);
        var reversed = Generate(new GeneratorHarness(), Articles.Reverse().ToList());
        var moved = Generate(new GeneratorHarness { ProjectDirectory = "/home/someone/else/Consumer/" }, Articles);

        Assert.Equal(first.Sources, reversed.Sources);
        Assert.Equal(first.Sources, moved.Sources);
        Assert.Equal(first.Diagnostics, reversed.Diagnostics);
        Assert.DoesNotContain(first.Sources, s => s.Text.Contains(GeneratorHarness.DefaultProjectDirectory, StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_paths_give_the_same_sources_as_unix_paths()
    {
        var unix = Generate(new GeneratorHarness(), Articles);
        var windows = Generate(new GeneratorHarness { ProjectDirectory = @"C:\src\Consumer\" }, Articles.Select(a => a with { RelativePath = a.RelativePath.Replace('/', '\\') }).ToList());

        Assert.Equal(unix.Sources, windows.Sources);
    }

    private static (List<(string Hint, string Text)> Sources, List<string> Diagnostics) Generate(GeneratorHarness harness, IReadOnlyList<TestArticle> articles)
    {
        var result = harness.CreateDriver(articles).RunGenerators(harness.CreateCompilation()).GetRunResult();
        var sources = result.Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();
        var diagnostics = result.Diagnostics
            .Select(d => d.Id + " " + Path.GetFileName(d.Location.GetLineSpan().Path) + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (sources, diagnostics);
    }
}
