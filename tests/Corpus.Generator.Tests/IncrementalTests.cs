using System.Collections;
using System.Reflection;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Testing;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>
/// An edit to one article re-reads that article only and rewrites only the part of the generated class that holds its
/// member: every other article's steps and outputs stay cached, and the index is rewritten only when a name, id or the
/// order changes.
/// </summary>
public class IncrementalTests
{

    private static readonly IReadOnlyList<TestArticle> Corpus =
    [
        new("articles/a.txt", "Alpha story\nThe first body.\nA second paragraph."),
        new("articles/b.md", "# Beta story\n\nThe *second* body."),
        new("articles/c.txt", "Gamma story\nThe third body."),
    ];

    [Fact]
    public void Editing_one_articles_body_reruns_that_article_alone_and_leaves_the_index()
    {
        var (first, second) = RunTwice(Corpus, Edit(Corpus, 1, "# Beta story\n\nThe *second* body, edited."));

        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.Read));
        AssertOnlyModified(Reasons(second, TrackingNames.Articles), index: 1);
        AssertOnlyModified(Reasons(second, TrackingNames.Names), index: -1);

        var changed = ChangedSources(first, second);
        Assert.Equal(["Articles.__Part0000.g.cs"], changed);
    }

    /// <summary>
    /// Adding an article rewrites the list of articles the targets hand the compiler; every file is looked up in the new
    /// list, but only the added one is read.
    /// </summary>
    [Fact]
    public void Adding_an_article_reads_that_article_alone()
    {
        var harness = new GeneratorHarness { EmbeddedStore = false };
        var compilation = harness.CreateCompilation();
        var added = new TestArticle("articles/d.txt", "Delta story\nThe fourth body.");
        TestArticle[] after = [.. Corpus, added];
        var list = harness.ArticleListText(Corpus);
        var first = harness.CreateDriver(after, Corpus.Select(harness.ToAdditionalText), list).RunGenerators(compilation);

        var second = first
            .ReplaceAdditionalText(list, harness.ArticleListText(after))
            .AddAdditionalTexts([harness.ToAdditionalText(added)])
            .RunGenerators(compilation);

        Assert.Equal(3, first.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Read].Length);
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.New], Reasons(second, TrackingNames.Files));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.New], Reasons(second, TrackingNames.Read));
        Assert.Contains("DeltaStory", string.Concat(second.GetRunResult().GeneratedTrees.Select(t => t.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void With_an_inline_store_editing_one_articles_body_rewrites_that_article_and_the_store_only()
    {
        var (first, second) = RunTwice(Corpus, Edit(Corpus, 1, "# Beta story\n\nThe *second* body, edited."), embeddedStore: false);

        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.Read));
        AssertOnlyModified(Reasons(second, TrackingNames.Stored), index: 1);
        Assert.Equal(["Articles.__Part0000.g.cs", "Articles.__Store.g.cs"], ChangedSources(first, second));
    }

    [Fact]
    public void Editing_one_article_of_a_thousand_reruns_the_reader_for_that_article_alone_and_rewrites_its_part()
    {
        var corpus = Synthetic(1_000, averageBytes: 5_000);
        var (first, second) = RunTwice(corpus, Edit(corpus, 417, corpus[417].Text + "\nA paragraph added when the story was updated.\n"), clean: false);

        // The build task rewrote the manifest, so every file is looked up in it again; only the edited file's lookup
        // gives something new, so only its read runs.
        var match = Reasons(second, TrackingNames.Match);
        Assert.Equal([417], Enumerable.Range(0, match.Length).Where(i => match[i] == IncrementalStepRunReason.Modified));
        var read = Reasons(second, TrackingNames.Read);
        Assert.Equal([417], Enumerable.Range(0, read.Length).Where(i => read[i] != IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Modified, read[417]);
        var parts = Reasons(second, TrackingNames.Parts);
        Assert.Equal(10, parts.Length);
        Assert.Equal([4], Enumerable.Range(0, parts.Length).Where(i => parts[i] == IncrementalStepRunReason.Modified));
        Assert.Equal(["Articles.__Part0004.g.cs"], ChangedSources(first, second));
    }

    /// <summary>
    /// The same at the scale of a large corpus, without step tracking: Roslyn's tracking of steps grows with the square
    /// of the number of files (2,000 articles take 13 s tracked, 0.13 s not), so only the outputs are compared here.
    /// </summary>
    [Fact]
    public void Editing_one_article_of_ten_thousand_rewrites_its_part_alone()
    {
        var corpus = Synthetic(10_000, averageBytes: 1_000);
        var (first, second) = RunTwice(corpus, Edit(corpus, 4_117, corpus[4_117].Text + "\nA paragraph added when the story was updated.\n"), trackSteps: false, clean: false);

        Assert.Equal(101, second.GetRunResult().GeneratedTrees.Length);
        Assert.Equal(["Articles.__Part0041.g.cs"], ChangedSources(first, second));
    }

    [Fact]
    public void Renaming_an_article_rewrites_its_file_and_the_index_only()
    {
        var (first, second) = RunTwice(Corpus, Edit(Corpus, 2, "Gamma story, renamed\nThe third body."));

        Assert.Equal(IncrementalStepRunReason.Modified, Reasons(second, TrackingNames.Names).Single());
        AssertOnlyModified(Reasons(second, TrackingNames.Articles), index: 2);
        Assert.Equal(["Articles.__Part0000.g.cs", "Articles.g.cs"], ChangedSources(first, second));
    }

    [Fact]
    public void Editing_code_elsewhere_in_the_project_reruns_nothing()
    {
        var harness = new GeneratorHarness();
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(Corpus).RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions)));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.Files, TrackingNames.Read, TrackingNames.Names, TrackingNames.Articles })
        {
            Assert.All(steps[name].SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }
    }

    [Fact]
    public void No_step_holds_a_compilation_symbol_syntax_node_or_additional_text_past_the_first()
    {
        var harness = new GeneratorHarness();
        var driver = harness.CreateDriver(Corpus).RunGenerators(harness.CreateCompilation());
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;

        string[] ours = [TrackingNames.Files, TrackingNames.Match, TrackingNames.Read, TrackingNames.NamingKeys, TrackingNames.Names, TrackingNames.Articles, TrackingNames.Parts, TrackingNames.Stored, TrackingNames.Manifest, TrackingNames.Store];
        foreach (var (name, runs) in steps.Where(s => ours.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                var forbidden = ForbiddenValues(output.Value, depth: 0).FirstOrDefault();
                Assert.True(forbidden is null, $"Step {name} holds a {forbidden?.GetType().Name}.");
            }
        }
    }

    /// <summary>
    /// Runs the generator over <paramref name="before"/>, then over <paramref name="after"/> with only the changed files
    /// replaced. With an embedded store (the package's default) the manifest is rewritten too, as the build task
    /// rewrites it whenever an article changes.
    /// </summary>
    private static (GeneratorDriver First, GeneratorDriver Second) RunTwice(IReadOnlyList<TestArticle> before, IReadOnlyList<TestArticle> after, bool embeddedStore = true, bool trackSteps = true, bool clean = true)
    {
        var harness = new GeneratorHarness { EmbeddedStore = embeddedStore, TrackSteps = trackSteps };
        var compilation = harness.CreateCompilation();
        var texts = before.Select(harness.ToAdditionalText).ToList();
        var manifest = harness.ManifestText(before);
        var first = harness.CreateDriver(before, embeddedStore ? [.. texts, manifest] : texts).RunGenerators(compilation);

        var second = first;
        for (var i = 0; i < before.Count; i++)
        {
            if (!ReferenceEquals(before[i], after[i]))
            {
                second = second.ReplaceAdditionalText(texts[i], harness.ToAdditionalText(after[i]));
            }
        }

        if (embeddedStore)
        {
            second = second.ReplaceAdditionalText(manifest, harness.ManifestText(after));
        }

        second = second.RunGenerators(compilation);

        if (clean)
        {
            Assert.Empty(first.GetRunResult().Diagnostics);
            Assert.Empty(second.GetRunResult().Diagnostics);
        }

        // A corpus with junk (the synthetic one) reports it as removed: no errors, and every file not edited reports the
        // same as before, from the cache.
        var edited = Enumerable.Range(0, before.Count).Where(i => !ReferenceEquals(before[i], after[i])).Select(i => harness.FullPath(after[i])).ToHashSet();
        string[] Unedited(GeneratorDriver driver) =>
            [.. driver.GetRunResult().Diagnostics.Where(d => !edited.Contains(d.Location.GetLineSpan().Path)).Select(d => d.ToString()).Order(StringComparer.Ordinal)];
        Assert.DoesNotContain(first.GetRunResult().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(second.GetRunResult().Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(Unedited(first), Unedited(second));
        return (first, second);
    }

    /// <summary>The edited article's output changed; every other one was cached or recomputed to an equal value.</summary>
    private static void AssertOnlyModified(IncrementalStepRunReason[] reasons, int index)
    {
        for (var i = 0; i < reasons.Length; i++)
        {
            if (i == index)
            {
                Assert.Equal(IncrementalStepRunReason.Modified, reasons[i]);
            }
            else
            {
                Assert.Contains(reasons[i], new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
            }
        }
    }

    /// <summary>The synthetic corpus the benchmarks read: realistic articles in both formats and two scripts, with junk.</summary>
    private static List<TestArticle> Synthetic(int count, int averageBytes) =>
        SyntheticCorpus.Create(count, averageBytes).Select(f => new TestArticle(f.Path, Encoding.UTF8.GetString(f.Bytes))).ToList();

    private static List<TestArticle> Edit(IReadOnlyList<TestArticle> articles, int index, string text) =>
        articles.Select((a, i) => i == index ? a with { Text = text } : a).ToList();

    /// <summary>The reasons of a step's outputs, in the order of the files.</summary>
    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static List<string> ChangedSources(GeneratorDriver first, GeneratorDriver second)
    {
        var before = first.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return second.GetRunResult().Results.Single().GeneratedSources
            .Where(s => !before.TryGetValue(s.HintName, out var text) || text != s.SourceText.ToString())
            .Select(s => s.HintName)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Walks a step's output value (records, tuples, collections) looking for Roslyn objects that pin memory.</summary>
    private static IEnumerable<object> ForbiddenValues(object? value, int depth)
    {
        if (value is null || depth > 6 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            yield break;
        }

        if (value is Compilation or ISymbol or SyntaxNode or SyntaxTree or AdditionalText or SemanticModel)
        {
            yield return value;
            yield break;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                foreach (var found in ForbiddenValues(item, depth + 1))
                {
                    yield return found;
                }
            }

            yield break;
        }

        foreach (var member in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            foreach (var found in ForbiddenValues(member.GetValue(value), depth + 1))
            {
                yield return found;
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            foreach (var found in ForbiddenValues(field.GetValue(value), depth + 1))
            {
                yield return found;
            }
        }
    }
}
