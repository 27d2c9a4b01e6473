using Corpus.Generator.Tests.Infrastructure;
using Corpus.Reading;
using Corpus.Reading.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>The generated code compiles cleanly with the runtime, and the compiled corpus holds what the reader read.</summary>
public class CompilationTests
{
    /// <summary>Seeds plus titles and bodies full of characters that are hard to write as C#.</summary>
    private static readonly IReadOnlyList<TestArticle> Articles =
    [
        .. SampleArticles.All,
        new TestArticle("nasty/quotes.txt", "He said \"\"\" and \\ then */ and #endif {0}\nA body with \"quotes\", \\backslashes\\, \"\"\"raw\"\"\" and {0} {{braces}} */ #if DEBUG."),
        new TestArticle("nasty/unicode.txt", "Emoji 🚀 and RTL \u200Fمرحبا\u200E and e\u0301\nCombining e\u0301, astral 𝒜, BOM-like \uFEFF, no-break\u00A0space, bidi \u202Eoverride\u202C."),
        new TestArticle("nasty/xml.txt", "<summary>Tags & ampersands</summary>\n<para>Body with </remarks> and &amp; entities.</para>"),
        new TestArticle("nasty/same-title-1.txt", "Same\nOne."),
        new TestArticle("nasty/same-title-2.txt", "Same\nTwo."),
        new TestArticle("nasty/Count.txt", "Count\nA title that is a member of the class."),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Generated_code_compiles_with_no_errors_or_warnings(bool embeddedStore)
    {
        var harness = new GeneratorHarness
        {
            EmbeddedStore = embeddedStore,
            ConsumerSource = """
                namespace Consumer
                {
                    internal static class Program
                    {
                        private static void Main()
                        {
                            global::Corpus.Article a = Articles.BritainRussiaToReachOutViaHotline;
                            System.Console.WriteLine(a.Title + Articles.All.Count + Articles.Count + Articles.CountArticle.Title);
                            System.Console.WriteLine(Articles.TryGet("same-2", out var same) ? same.Title : "");
                        }
                    }
                }
                """,
        };

        var (_, output, generatorDiagnostics) = harness.Run(Articles);

        Assert.DoesNotContain(generatorDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id is "CS8785" or "AD0001");
        var problems = GeneratedAssembly.Problems(output);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(DiagnosticText.Format)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_compiled_corpus_holds_exactly_what_the_reader_read(bool embeddedStore)
    {
        var harness = new GeneratorHarness { EmbeddedStore = embeddedStore };
        var (_, output, _) = harness.Run(Articles);
        using var generated = GeneratedAssembly.Load(output, store: embeddedStore ? harness.BuildStore(Articles).Store : null);
        var all = generated.All;
        var expected = Articles
            .Select(a => ArticleReader.Read(new ArticleFile(a.RelativePath, a.Text)).Article!)
            .OrderBy(m => m.SourcePath, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected.Select(m => m.SourcePath), all.Select(a => a.SourcePath));
        foreach (var (model, article) in expected.Zip(all))
        {
            ArticleAssert.Holds(model, article);
        }

        Assert.Equal(expected.Count, (int)generated.Articles.GetField("Count")!.GetValue(null)!);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_access_returns_the_same_instance_and_lookup_by_id_finds_it(bool embeddedStore)
    {
        var harness = new GeneratorHarness { EmbeddedStore = embeddedStore };
        var (_, output, _) = harness.Run(SampleArticles.All);
        using var generated = GeneratedAssembly.Load(output, store: embeddedStore ? harness.BuildStore(SampleArticles.All).Store : null);
        var type = generated.Articles;
        var property = type.GetProperty("BritainRussiaToReachOutViaHotline")!;
        var first = (Article)property.GetValue(null)!;
        var all = (IReadOnlyList<Article>)type.GetProperty("All")!.GetValue(null)!;
        object?[] arguments = [first.Id, null];
        var found = (bool)type.GetMethod("TryGet")!.Invoke(null, arguments)!;

        Assert.Same(first, property.GetValue(null));
        Assert.Same(all, type.GetProperty("All")!.GetValue(null));
        Assert.Contains(all, a => ReferenceEquals(a, first));
        Assert.True(found);
        Assert.Same(first, arguments[1]);
        Assert.False((bool)type.GetMethod("TryGet")!.Invoke(null, ["no-such-id", null])!);
        Assert.Throws<NotSupportedException>(() => ((IList<Article>)all).Add(first));
    }
}
