using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests.Extraction;

public class FrontMatterTests
{
    private const string Body = "The ministers met in London on Tuesday to talk about the hotline and other matters.";

    private static ArticleModel ReadWith(string yaml, string body = Body) => Read.Article($"---\n{yaml}\n---\n\n{body}\n");

    [Theory]
    [InlineData("author: Howard Amos", "Howard Amos")]
    [InlineData("author: \"Howard Amos\"", "Howard Amos")]
    [InlineData("authors: [Howard Amos, Jane Doe]", "Howard Amos|Jane Doe")]
    [InlineData("authors:\n  - Howard Amos\n  - Jane Doe", "Howard Amos|Jane Doe")]
    [InlineData("authors: Howard Amos, Jane Doe", "Howard Amos|Jane Doe")]
    [InlineData("author: Doe, Jane", "Doe, Jane")]
    [InlineData("author:\n  name: Howard Amos\n  url: https://example.com/howard", "Howard Amos")]
    [InlineData("authors:\n  - name: Howard Amos\n  - name: Jane Doe\n    link: https://example.com/jane", "Howard Amos|Jane Doe")]
    public void Reads_authors_as_a_string_a_list_or_mappings(string yaml, string names)
    {
        var article = ReadWith("title: Hotline\n" + yaml);

        Assert.Equal(names, string.Join("|", article.Authors.Select(a => a.Name)));
    }

    [Fact]
    public void An_author_mapping_gives_the_address()
    {
        var article = ReadWith("author:\n  name: Howard Amos\n  url: https://example.com/howard");

        Assert.Equal(new[] { new AuthorModel("Howard Amos", "https://example.com/howard") }, article.Authors);
    }

    [Theory]
    [InlineData("date: 2011-02-15")]
    [InlineData("date: \"2011-02-15\"")]
    [InlineData("date: '2011-02-15'")]
    [InlineData("date: 2011-02-15T14:05:00Z")]
    [InlineData("date: 2011-02-15T23:30:00-05:00")]
    [InlineData("date: 2011-02-15 14:05:00 +0300")]
    [InlineData("published: February 15, 2011")]
    [InlineData("datePublished: 2011-02-15T14:05:00+03:00")]
    [InlineData("date_published: 15 February 2011")]
    [InlineData("date: 2010-01-01\npublished: 2011-02-15")]
    public void Reads_the_date_quoted_or_not_with_or_without_time_and_offset(string yaml)
    {
        var result = Read.Text($"---\n{yaml}\n---\n\n# Hotline\n\n{Body}\n");

        Assert.Equal(new DateModel(2011, 2, 15), result.Article!.Published);
        Assert.DoesNotContain(result.Diagnostics, d => d.Kind is DiagnosticKind.UnreadableDate or DiagnosticKind.AmbiguousDate);
    }

    [Fact]
    public void Reads_every_field_and_keeps_other_keys_as_metadata()
    {
        var article = ReadWith(
            """
            title: "Britain, Russia to Reach Out Via Hotline"
            slug: britain-russia-hotline
            lang: en-GB
            url: https://www.themoscowtimes.com/2011/02/15/britain-russia-a5019
            site_name: The Moscow Times (print)
            tags: [Russia, Britain]
            keywords: diplomacy, Britain, hotline
            draft: false
            series: { name: Diplomacy, part: 2 }
            related: [a, "b, c"]
            summary: |
              Two lines
              of summary.
            """);

        Assert.Equal("Britain, Russia to Reach Out Via Hotline", article.Title);
        Assert.Equal("britain-russia-hotline", article.RequestedId);
        Assert.Equal("en", article.Language);
        Assert.Equal("https://www.themoscowtimes.com/2011/02/15/britain-russia-a5019", article.OriginalUrl);
        Assert.Equal("The Moscow Times (print)", article.Publisher);
        Assert.Equal(new DateModel(2011, 2, 15), article.Published);
        Assert.Equal(new[] { "Russia", "Britain", "diplomacy", "hotline" }, article.Tags);
        Assert.Equal(
            new[]
            {
                new MetadataEntry("draft", "false"),
                new MetadataEntry("series", "{name: Diplomacy, part: 2}"),
                new MetadataEntry("related", "[a, \"b, c\"]"),
                new MetadataEntry("summary", "Two lines\nof summary.\n"),
            },
            article.Metadata);
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Fact]
    public void Front_matter_wins_over_the_text()
    {
        var article = Read.Article(
            "---\ntitle: The Real Title\nauthor: Jane Doe\ndate: 2011-02-16\nurl: https://example.com/x\npublisher: Example Daily\nlang: ru\n---\n"
            + "# Hotline\n\nBy Howard Amos\n\nFebruary 15, 2011\n\n" + Body + "\n\nOriginal url: https://www.themoscowtimes.com/y\n");

        Assert.Equal("The Real Title", article.Title);
        Assert.Equal(new[] { new AuthorModel("Jane Doe") }, article.Authors);
        Assert.Equal(new DateModel(2011, 2, 16), article.Published);
        Assert.Equal("https://example.com/x", article.OriginalUrl);
        Assert.Equal("Example Daily", article.Publisher);
        Assert.Equal("ru", article.Language);
        Assert.Equal("the-real-title", article.RequestedId);

        // The furniture the text repeats is still not body text.
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Fact]
    public void A_front_matter_title_does_not_make_the_first_paragraph_a_title()
    {
        var article = ReadWith("title: Hotline\nauthor: Jane Doe", "By Jane Doe\n\n" + Body);

        Assert.Equal("Hotline", article.Title);
        Assert.Equal(new[] { Body }, article.Paragraphs);
        Assert.Equal(2, article.TitleLine);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_and_the_article_is_still_read()
    {
        var result = Read.Text("---\ntitle: Hotline\nauthor: [Jane Doe\ndate: 2011-02-15\n---\n\n# Britain, Russia to Reach Out Via Hotline\n\nBy Howard Amos\n\n" + Body + "\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.MalformedFrontMatter, diagnostic.Kind);
        Assert.InRange(diagnostic.Line, 3, 5);
        var article = result.Article!;
        Assert.Equal("Britain, Russia to Reach Out Via Hotline", article.Title);
        Assert.Equal("Howard Amos", Assert.Single(article.Authors).Name);
        Assert.Equal(new[] { Body }, article.Paragraphs);
    }

    [Theory]
    [InlineData("title: Hotline\n  bad indent: x\nmore: y", 3)]
    [InlineData("title: Hotline\ntitle: Again", 3)]
    [InlineData("a: b\n\"unclosed: x", 3)]
    public void A_yaml_error_is_located_in_the_file(string yaml, int line)
    {
        var result = Read.Text($"---\n{yaml}\n---\n{Body}\n");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Kind == DiagnosticKind.MalformedFrontMatter);
        Assert.Equal(line, diagnostic.Line);
        Assert.NotNull(result.Article);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_reported()
    {
        var result = Read.Text($"---\n- one\n- two\n---\n# Hotline\n\n{Body}\n");

        Assert.Equal(DiagnosticKind.MalformedFrontMatter, Assert.Single(result.Diagnostics).Kind);
        Assert.Equal("Hotline", result.Article!.Title);
    }

    [Theory]
    [InlineData("date: next Tuesday", DiagnosticKind.UnreadableDate, 3)]
    [InlineData("date: 2011-02-30", DiagnosticKind.UnreadableDate, 3)]
    [InlineData("date: 03/04/2011", DiagnosticKind.AmbiguousDate, 3)]
    [InlineData("url: /2011/02/15/relative", DiagnosticKind.InvalidFrontMatterValue, 3)]
    [InlineData("lang: English", DiagnosticKind.InvalidFrontMatterValue, 3)]
    [InlineData("author: [[nested]]", DiagnosticKind.InvalidFrontMatterValue, 3)]
    public void A_value_that_cannot_be_used_is_reported_at_its_line_and_kept_as_metadata(string yaml, DiagnosticKind kind, int line)
    {
        var result = Read.Text($"---\ntitle: Hotline\n{yaml}\n---\n\n{Body}\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(kind, diagnostic.Kind);
        Assert.Equal(line, diagnostic.Line);
        Assert.True(diagnostic.Column > 1);
        var key = yaml.Substring(0, yaml.IndexOf(':'));
        Assert.Contains(result.Article!.Metadata, m => m.Key == key);
        Assert.Null(result.Article.Published);
    }

    [Fact]
    public void A_source_that_names_rather_than_links_is_metadata()
    {
        var result = Read.Text($"---\ntitle: Hotline\nsource: Reuters\n---\n\n{Body}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Article!.OriginalUrl);
        Assert.Equal(new[] { new MetadataEntry("source", "Reuters") }, result.Article.Metadata);
    }

    [Fact]
    public void An_empty_front_matter_block_reads_like_none()
    {
        var result = Read.Text($"---\n---\n# Hotline\n\n{Body}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Hotline", result.Article!.Title);
    }
}
