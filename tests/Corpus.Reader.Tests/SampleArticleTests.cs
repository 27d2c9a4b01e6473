using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests;

public class SampleArticleTests
{
    [Fact]
    public void The_plain_text_seed_is_read_as_plain_text_with_its_headline()
    {
        var article = Read.SampleArticle("000_adab332ab06b8a70.txt");

        Assert.Equal(SourceFormat.PlainText, article.Format);
        Assert.Equal("Russia may be coming in from cold after talks with Hague", article.Title);
        Assert.StartsWith("Britain signalled that it was ready", article.Paragraphs[0]);
    }

    [Fact]
    public void The_plain_text_seed_has_no_metadata_beyond_its_title()
    {
        var result = Read.Text(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleArticles", "000_adab332ab06b8a70.txt")));
        var article = result.Article!;

        Assert.Empty(article.Authors);
        Assert.Null(article.Published);
        Assert.Null(article.Dateline);
        Assert.Null(article.OriginalUrl);
        Assert.Null(article.Publisher);
        Assert.Empty(article.Credits);
        Assert.Empty(article.Images);
        Assert.Empty(article.Tags);
        Assert.Empty(article.Metadata);
        Assert.Equal("russia-may-be-coming-in-from-cold-after-talks-with-hague", article.RequestedId);
        // Its only findings are the junk it carries (see the junk tests); nothing about its metadata.
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Kind, new[] { DiagnosticKind.SpamFound, DiagnosticKind.BoilerplateFound }));
    }

    [Fact]
    public void The_plain_text_seed_keeps_its_ten_article_paragraphs_in_order()
    {
        var article = Read.SampleArticle("000_adab332ab06b8a70.txt");

        // Spam inside the last paragraph and the furniture after the lone "-" are junk removal's to take out.
        var first = article.Paragraphs.AsImmutableArray().IndexOf(article.Paragraphs.First(p => p.StartsWith("Britain signalled that it was ready", StringComparison.Ordinal)));
        var last = article.Paragraphs.AsImmutableArray().IndexOf(article.Paragraphs.First(p => p.Contains("known as the 2 Plus 2 Consultation Group.", StringComparison.Ordinal)));
        Assert.Equal(0, first);
        Assert.Equal(9, last);
    }

    [Fact]
    public void The_markdown_seed_in_a_txt_file_is_read_as_markdown()
    {
        var article = Read.SampleArticle("004_0576b9eab734e85a.txt");

        Assert.Equal(SourceFormat.Markdown, article.Format);
        Assert.Equal("Britain, Russia to Reach Out Via Hotline", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("**", StringComparison.Ordinal) || p.Contains("](", StringComparison.Ordinal));
    }

    [Fact]
    public void The_markdown_seed_reads_like_an_editor_would()
    {
        var result = Read.Text(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SampleArticles", "004_0576b9eab734e85a.txt")));
        var article = result.Article!;

        Assert.Equal(new[] { new AuthorModel("Howard Amos") }, article.Authors);
        Assert.Equal(new DateModel(2011, 2, 15), article.Published);
        Assert.Equal("LONDON", article.Dateline);
        Assert.Equal(
            new[] { new ImageModel("Foreign Minister Sergei Lavrov speaking at the opening session of Russian Business Week in London on Tuesday.", "Andrew Winning") },
            article.Images);
        Assert.Equal(new[] { "Reuters", "MT" }, article.Credits);
        Assert.Equal("https://www.themoscowtimes.com/2011/02/15/britain-russia-to-reach-out-via-hotline-a5019", article.OriginalUrl);
        Assert.Equal("The Moscow Times", article.Publisher);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void The_markdown_seed_has_twenty_clean_paragraphs()
    {
        var article = Read.SampleArticle("004_0576b9eab734e85a.txt");

        Assert.Equal(20, article.Paragraphs.Count);
        Assert.StartsWith("At the start of an official two-day visit to Britain,", article.Paragraphs[0]);
        Assert.StartsWith("An agitated Lavrov jabbed his finger at Sidelnikov,", article.Paragraphs[19]);

        // Only the first paragraph's dateline is taken; a place and a dash further down are the story's words.
        Assert.Contains(article.Paragraphs, p => p.StartsWith("London — A Russian dissident", StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Howard Amos", StringComparison.Ordinal)
            || p.Contains("February 15, 2011", StringComparison.Ordinal)
            || p.Contains("Andrew Winning", StringComparison.Ordinal)
            || p.Contains("(Reuters, MT)", StringComparison.Ordinal)
            || p.Contains("themoscowtimes", StringComparison.Ordinal)
            || p.StartsWith("Original url", StringComparison.Ordinal));
    }
}
