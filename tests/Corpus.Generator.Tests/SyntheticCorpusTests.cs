using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Testing;

namespace Corpus.Generator.Tests;

/// <summary>
/// The synthetic corpus the benchmarks measure on (<c>tests/Shared/SyntheticCorpus.cs</c>): reproducible, shaped like
/// the real archives it stands for, and read whole by the generator.
/// </summary>
public class SyntheticCorpusTests
{
    [Fact]
    public void The_same_seed_gives_the_same_corpus_byte_for_byte_and_another_seed_another()
    {
        var first = SyntheticCorpus.Create(200);
        var again = SyntheticCorpus.Create(200);
        var other = SyntheticCorpus.Create(200, seed: 7);

        Assert.Equal(first.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(first.Zip(again), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
        Assert.NotEqual(first.Select(f => f.Path), other.Select(f => f.Path));
    }

    /// <summary>
    /// Numbered files with meaningless names and both extensions, the extension saying nothing of the format (as in the
    /// seed archive, where a <c>.txt</c> holds Markdown); about half Markdown, a fifth in Russian, accented Latin words
    /// throughout; sizes around the average asked for.
    /// </summary>
    [Fact]
    public void It_is_shaped_like_a_real_archive()
    {
        var files = SyntheticCorpus.Create(1_000, averageBytes: 5_000);
        var texts = files.Select(f => Encoding.UTF8.GetString(f.Bytes)).ToList();

        Assert.Equal(files.Count, files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(files.Select(f => f.Path).Order(StringComparer.Ordinal), files.Select(f => f.Path));
        Assert.InRange(files.Average(f => f.Bytes.Length), 4_500, 5_800);

        var markdown = texts.Select(t => t.StartsWith("# ", StringComparison.Ordinal)).ToList();
        Assert.InRange(markdown.Count(m => m), 420, 580);
        var extensions = files.Select(f => Path.GetExtension(f.Path)).ToList();
        Assert.Contains(extensions.Zip(markdown), pair => pair.First == ".txt" && pair.Second);
        Assert.Contains(extensions.Zip(markdown), pair => pair.First == ".md" && !pair.Second);

        Assert.InRange(texts.Count(t => t.Any(c => c is >= 'а' and <= 'я')), 150, 250);
        Assert.InRange(texts.Count(t => t.Any(c => c is 'é' or 'ü' or 'ó' or 'ï' or 'ã' or 'ø' or 'ç')), 950, 1_000);
    }

    /// <summary>Every synthetic article becomes an article, under its own name, with no error and nothing left out.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_synthetic_article_is_compiled_under_a_name_of_its_own(bool embeddedStore)
    {
        var files = SyntheticCorpus.Create(300).Select(f => new TestArticle(f.Path, Encoding.UTF8.GetString(f.Bytes))).ToList();
        var harness = new GeneratorHarness { EmbeddedStore = embeddedStore, TrackSteps = false };

        var (_, output, diagnostics) = harness.Run(files);

        Assert.DoesNotContain(diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id is "CS8785" or "AD0001");
        Assert.Empty(GeneratedAssembly.Problems(output));
        using var generated = GeneratedAssembly.Load(output, store: embeddedStore ? harness.BuildStore(files).Store : null);
        Assert.Equal(files.Select(f => f.RelativePath).Order(StringComparer.Ordinal), generated.All.Select(a => a.SourcePath).Order(StringComparer.Ordinal));
        Assert.All(generated.All, article => Assert.False(string.IsNullOrWhiteSpace(article.Title), article.SourcePath));
        Assert.Equal(files.Count, generated.All.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(files.Count, generated.Articles.GetProperties().Count(p => p.PropertyType == typeof(Article)));
    }
}
