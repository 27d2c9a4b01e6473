using System.Reflection;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>
/// The embedded store (<c>CorpusStorage=Resource</c>): the build fails when it does not hold exactly what the
/// generator read, and the runtime reads it lazily, once, and says plainly when it is missing or damaged.
/// </summary>
public class StoreTests
{
    private static readonly IReadOnlyList<TestArticle> Corpus =
    [
        new("articles/a.txt", "Alpha story\nThe first body.\nA second paragraph."),
        new("articles/b.md", "# Beta story\n\nThe *second* body."),
        new("articles/c.txt", "Gamma story\nThe third body."),
    ];

    [Fact]
    public void A_matching_manifest_reports_nothing()
    {
        var (_, _, diagnostics) = new GeneratorHarness { EmbeddedStore = true }.Run(Corpus);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void An_article_changed_after_the_store_was_written_fails_the_build_at_that_article()
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        var edited = Corpus.Select((a, i) => i == 1 ? a with { Text = "# Beta story\n\nThe *second* body, edited after the store was written." } : a).ToList();
        var driver = harness.CreateDriver(edited, [.. edited.Select(harness.ToAdditionalText), harness.ManifestText(Corpus)]);

        var diagnostic = Assert.Single(driver.RunGenerators(harness.CreateCompilation()).GetRunResult().Diagnostics);

        Assert.Equal("CORPUS023", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(harness.FullPath(Corpus[1]), diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'articles/b.md'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    /// <summary>
    /// An IDE compiles with the store its last build wrote, behind any article saved since; the package's targets tell
    /// the generator so in design-time builds, and it checks nothing there. The same edit fails a build (above).
    /// </summary>
    [Theory]
    [InlineData("an edited article")]
    [InlineData("no store yet")]
    public void An_IDE_compilation_does_not_check_the_store_its_last_build_wrote(string state)
    {
        var harness = new GeneratorHarness { EmbeddedStore = true, GlobalConfig = new Dictionary<string, string> { ["corpus_design_time"] = "true" } };
        var edited = Corpus.Select((a, i) => i == 1 ? a with { Text = "# Beta story, edited\n\nThe *second* body, edited since the last build." } : a).ToList();
        var texts = edited.Select(harness.ToAdditionalText);
        var driver = harness.CreateDriver(edited, state == "no store yet" ? [.. texts] : [.. texts, harness.ManifestText(Corpus)]);

        var result = driver.RunGenerators(harness.CreateCompilation()).GetRunResult();

        Assert.Empty(result.Diagnostics);
        Assert.Contains("Beta story, edited", string.Concat(result.GeneratedTrees.Select(t => t.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_with_an_article_the_compiler_did_not_read_fails_the_build()
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        var fewer = Corpus.Take(2).ToList();
        var driver = harness.CreateDriver(fewer, [.. fewer.Select(harness.ToAdditionalText), harness.ManifestText(Corpus)]);

        var diagnostic = Assert.Single(driver.RunGenerators(harness.CreateCompilation()).GetRunResult().Diagnostics);

        Assert.Equal("CORPUS023", diagnostic.Id);
        Assert.Contains("'articles/c.txt'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "the build embedded no store")]
    [InlineData("not a manifest", "not one this version of Corpus reads")]
    public void A_missing_or_unreadable_manifest_fails_the_build(string? manifest, string expected)
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        var texts = Corpus.Select(harness.ToAdditionalText).ToList();
        var articles = Corpus.ToList();
        if (manifest is not null)
        {
            texts.Add(new InMemoryAdditionalText(harness.ManifestPath, manifest));
        }

        var diagnostic = Assert.Single(harness.CreateDriver(articles, texts).RunGenerators(harness.CreateCompilation()).GetRunResult().Diagnostics);

        Assert.Equal("CORPUS023", diagnostic.Id);
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_and_metadata_are_read_without_decoding_any_body_and_a_body_is_decoded_once()
    {
        using var generated = Compile(embeddedStore: true);

        var all = generated.All;
        Assert.Equal(["Alpha story", "Beta story", "Gamma story"], all.Select(a => a.Title));
        Assert.All(all, article => Assert.Null(Private(article, "_fields")));
        Assert.Equal(["articles/a.txt", "articles/b.md", "articles/c.txt"], all.Select(a => a.SourcePath));
        Assert.Equal(["alpha-story", "beta-story", "gamma-story"], all.Select(a => a.Id));
        Assert.All(all, article => Assert.False(BodyDecoded(article)));

        var text = all[1].Text;
        Assert.True(BodyDecoded(all[1]));
        Assert.False(BodyDecoded(all[0]));
        Assert.Same(text, all[1].Text);
        Assert.Same(all[1].Paragraphs, all[1].Paragraphs);
    }

    [Fact]
    public void Articles_and_bodies_read_from_many_threads_at_once_are_the_same_instances()
    {
        using var generated = Compile(embeddedStore: true);
        var all = generated.All;

        var seen = new (Article Article, string Text)[8][];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
            seen[t] = Enumerable.Range(0, all.Count).Select(i => (all[i], all[i].Text)).ToArray());

        foreach (var run in seen)
        {
            for (var i = 0; i < all.Count; i++)
            {
                Assert.Same(seen[0][i].Article, run[i].Article);
                Assert.Same(seen[0][i].Text, run[i].Text);
            }
        }
    }

    [Fact]
    public void An_assembly_built_without_its_store_says_so_on_first_access()
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        var (_, output, _) = harness.Run(Corpus);
        using var generated = GeneratedAssembly.Load(output);

        var error = Assert.Throws<TargetInvocationException>(() => generated.All).InnerException;

        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains("holds no embedded corpus store ('Corpus.Store')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_of_other_articles_is_refused()
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        var (_, output, _) = harness.Run(Corpus);
        using var generated = GeneratedAssembly.Load(output, store: harness.BuildStore(Corpus.Take(2).ToList()).Store);

        var error = Assert.Throws<TargetInvocationException>(() => generated.All).InnerException;

        Assert.Contains("holds 2 articles, but the generated code expects 3", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("not a store")]
    public void A_damaged_store_is_refused(string damage)
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        var (_, output, _) = harness.Run(Corpus);
        var store = harness.BuildStore(Corpus).Store;
        store = damage == "truncated" ? store[..^3] : [.. "garbage!"u8, .. store];
        using var generated = GeneratedAssembly.Load(output, store: store);

        var error = Assert.Throws<TargetInvocationException>(() => generated.All).InnerException;

        Assert.IsType<InvalidOperationException>(error);
        Assert.StartsWith("The corpus store is damaged", error.Message, StringComparison.Ordinal);
    }

    private static GeneratedAssembly Compile(bool embeddedStore)
    {
        var harness = new GeneratorHarness { EmbeddedStore = embeddedStore };
        var (_, output, diagnostics) = harness.Run(Corpus);
        Assert.Empty(diagnostics);
        return GeneratedAssembly.Load(output, store: embeddedStore ? harness.BuildStore(Corpus).Store : null);
    }

    private static bool BodyDecoded(Article article) => (bool)Private(article, "_bodyDecoded")!;

    private static object? Private(Article article, string field) =>
        typeof(Article).GetField(field, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(article);
}
