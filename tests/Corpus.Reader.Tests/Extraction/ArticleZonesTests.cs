using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests.Extraction;

/// <summary>Whole articles in the shapes real collections have, read end to end.</summary>
public class ArticleZonesTests
{
    private const string Body = "The ministers met in London on Tuesday to talk about the hotline and other matters.";

    [Fact]
    public void A_wire_story_in_plain_text_gives_its_byline_date_dateline_and_credit()
    {
        var result = Read.Text(
            """
            Britain and Russia agree on hotline
            By Jane Doe and John Roe
            Tue, 15 Feb 2011 14:05:00 GMT
            LONDON (Reuters) - Britain and Russia agreed on Tuesday to set up a hotline between their leaders.
            The two ministers met for two hours in London and spoke to reporters afterwards.
            Reporting by Jane Doe; editing by John Roe
            """);
        var article = result.Article!;

        Assert.Equal(SourceFormat.PlainText, article.Format);
        Assert.Equal(new[] { "Jane Doe", "John Roe" }, article.Authors.Select(a => a.Name));
        Assert.Equal(new DateModel(2011, 2, 15), article.Published);
        Assert.Equal("LONDON", article.Dateline);
        Assert.Equal(new[] { "Reuters" }, article.Credits);
        Assert.Equal("Britain and Russia agreed on Tuesday to set up a hotline between their leaders.", article.Paragraphs[0]);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_blog_post_with_a_subtitle_still_finds_its_byline_and_date()
    {
        var article = Read.Article(
            """
            # Why the hotline matters

            ## A short history of red telephones

            *Posted on March 3, 2019 by Jane Doe*

            Written by Jane Doe

            Body text starts here, and it is long enough to be running text for sure.
            """);

        Assert.Equal(new DateModel(2019, 3, 3), article.Published);
        Assert.Equal("Jane Doe", Assert.Single(article.Authors).Name);
        Assert.Equal(new[] { "A short history of red telephones", "Body text starts here, and it is long enough to be running text for sure." }, article.Paragraphs);
    }

    [Fact]
    public void Russian_news_copied_from_a_site_reads_its_date_and_dateline()
    {
        var article = Read.Article(
            """
            Лавров и Хейг договорились о горячей линии
            15 февраля 2011, 14:05
            МОСКВА, 15 фев — РИА Новости. Министры иностранных дел России и Великобритании договорились о горячей линии.
            Переговоры продолжатся в марте.
            """);

        Assert.Equal(new DateModel(2011, 2, 15), article.Published);
        Assert.Equal("МОСКВА", article.Dateline);
        Assert.Equal(new[] { "РИА Новости" }, article.Credits);
        Assert.StartsWith("Министры иностранных дел", article.Paragraphs[0]);
    }

    [Fact]
    public void Web_copy_with_labelled_dates_and_a_reading_time()
    {
        var article = Read.Article(
            """
            # Britain, Russia to Reach Out Via Hotline

            By Jane Doe | 4 min read

            Published: 15 Feb 2011 | Updated: 16 Feb 2011

            Lavrov speaking in London on Tuesday. Photo: Reuters

            Foreign Minister Sergei Lavrov announced Tuesday that a new hotline would be installed.

            Read more at: <https://www.theguardian.com/world/2011/feb/15/russia-britain-hotline>
            """);

        Assert.Equal("Jane Doe", Assert.Single(article.Authors).Name);
        Assert.Equal(new DateModel(2011, 2, 15), article.Published);
        Assert.Equal(new[] { new ImageModel("Lavrov speaking in London on Tuesday.", "Reuters") }, article.Images);
        Assert.Equal("The Guardian", article.Publisher);
        Assert.Equal(new[] { "Foreign Minister Sergei Lavrov announced Tuesday that a new hotline would be installed." }, article.Paragraphs);
    }

    [Fact]
    public void The_header_zone_ends_at_the_first_running_text()
    {
        var article = Read.Article($"Title\n\n{Body}\n\nFebruary 15, 2011\n\nBy Jane Doe\n\n{Body}\n");

        Assert.Null(article.Published);
        Assert.Empty(article.Authors);
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void The_credit_before_furniture_is_read_and_the_furniture_after_it_goes_to_junk_removal()
    {
        var article = Read.Article($"Title\n{Body}\n(AP)\n-\nTo learn more please read below\n- Home\n- Contact us\nPlace your comment\n");

        Assert.Equal(new[] { "AP" }, article.Credits);
        Assert.Equal(new[] { Body }, article.Paragraphs);
        Assert.Equal(
            new[] { "To learn more please read below", "Home", "Contact us", "Place your comment" },
            article.Removed.Where(r => r.Kind == RemovedKind.Boilerplate).Select(r => r.Text));
    }

    [Fact]
    public void An_ambiguous_header_date_is_reported_and_not_guessed()
    {
        var result = Read.Text($"# Title\n\nBy Jane Doe\n\n03/04/2011\n\n{Body}\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.AmbiguousDate, diagnostic.Kind);
        Assert.Equal(5, diagnostic.Line);
        Assert.Equal("03/04/2011", diagnostic.Arguments[0]);
        Assert.Null(result.Article!.Published);
        Assert.Equal(new[] { Body }, result.Article.Paragraphs);
    }

    [Fact]
    public void An_ambiguous_header_date_leaves_the_address_date_as_the_last_resort()
    {
        var result = Read.Text($"# Title\n\n03/04/2011\n\n{Body}\n\nSource: https://example.com/2011/04/03/story\n");

        Assert.Equal(DiagnosticKind.AmbiguousDate, Assert.Single(result.Diagnostics).Kind);
        Assert.Equal(new DateModel(2011, 4, 3), result.Article!.Published);
    }

    [Fact]
    public void An_impossible_header_date_is_reported()
    {
        var result = Read.Text($"# Title\n\nFebruary 30, 2011\n\n{Body}\n");

        Assert.Equal(DiagnosticKind.UnreadableDate, Assert.Single(result.Diagnostics).Kind);
        Assert.Null(result.Article!.Published);
    }

    [Fact]
    public void A_header_date_that_contradicts_the_address_is_a_warning_and_the_header_wins()
    {
        var result = Read.Text($"# Title\n\nFebruary 16, 2011\n\n{Body}\n\nOriginal url: https://www.themoscowtimes.com/2011/02/15/story-a1\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.DateContradictsUrl, diagnostic.Kind);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(new[] { "2011-02-16", "2011-02-15", "https://www.themoscowtimes.com/2011/02/15/story-a1" }, diagnostic.Arguments);
        Assert.Equal(new DateModel(2011, 2, 16), result.Article!.Published);
    }

    [Fact]
    public void The_address_date_is_the_last_resort()
    {
        var result = Read.Text($"# Title\n\n{Body}\n\nOriginal url: https://www.themoscowtimes.com/2011/02/15/story-a1\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new DateModel(2011, 2, 15), result.Article!.Published);
        Assert.Equal("The Moscow Times", result.Article.Publisher);
    }

    [Fact]
    public void An_article_of_one_dateline_paragraph_keeps_its_text()
    {
        var article = Read.Article("Title\nLONDON — The ministers met.\n(Reuters)\n");

        Assert.Equal("LONDON", article.Dateline);
        Assert.Equal(new[] { "Reuters" }, article.Credits);
        Assert.Equal(new[] { "The ministers met." }, article.Paragraphs);
    }

    [Fact]
    public void A_very_long_article_is_read_in_one_pass()
    {
        var paragraph = string.Concat(Enumerable.Repeat("LONDON — BY THE WAY (Reuters) - " + Body + " ", 20_000));
        var article = Read.Article("Title\n\n" + paragraph + "\n\n" + paragraph + "\n");

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("LONDON", article.Dateline);
    }
}
