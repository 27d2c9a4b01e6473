using Corpus.Reading.Extraction;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests.Extraction;

public class BylineReaderTests
{
    [Theory]
    [InlineData("By Howard Amos", "Howard Amos")]
    [InlineData("BY HOWARD AMOS", "Howard Amos")]
    [InlineData("By JEAN-PIERRE O'NEIL", "Jean-Pierre O'Neil")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("By Jane Doe, John Roe and Ann Lee", "Jane Doe|John Roe|Ann Lee")]
    [InlineData("By Jane Doe, John Roe, and Ann Lee", "Jane Doe|John Roe|Ann Lee")]
    [InlineData("By Jane Doe & John Roe", "Jane Doe|John Roe")]
    [InlineData("By Jane Doe, Staff Writer", "Jane Doe")]
    [InlineData("By Jane Doe, Moscow Correspondent", "Jane Doe")]
    [InlineData("By Jane Doe, The Associated Press", "Jane Doe")]
    [InlineData("By Staff Reporter", "Staff Reporter")]
    [InlineData("By Our Foreign Staff", "Our Foreign Staff")]
    [InlineData("By John F. Kennedy Jr.", "John F. Kennedy Jr.")]
    [InlineData("By Ludwig van Beethoven", "Ludwig van Beethoven")]
    [InlineData("By: Jane Doe", "Jane Doe")]
    [InlineData("Written by Jane Doe", "Jane Doe")]
    [InlineData("Posted by Jane Doe | February 15, 2011", "Jane Doe")]
    [InlineData("By Jane Doe · 4 min read", "Jane Doe")]
    [InlineData("By Jane Doe | Updated 2 hours ago", "Jane Doe")]
    [InlineData("By Reuters", "Reuters")]
    [InlineData("Автор: Мария Иванова", "Мария Иванова")]
    [InlineData("Posted on March 3, 2019 by Jane Doe", "Jane Doe")]
    [InlineData("March 3, 2019 by Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("Авторы: Мария Иванова и Иван Петров", "Мария Иванова|Иван Петров")]
    public void Reads_the_names_of_a_byline(string line, string expected)
    {
        var byline = BylineReader.Read(Block(line));

        Assert.NotNull(byline);
        Assert.Equal(expected, string.Join("|", byline.Authors.Select(a => a.Name)));
    }

    [Theory]
    [InlineData("By Staff")]
    [InlineData("By Updated")]
    [InlineData("By Minute read")]
    [InlineData("By February 15, 2011")]
    [InlineData("By Staff | 5 min read")]
    public void A_byline_of_furniture_names_no_one(string line)
    {
        var byline = BylineReader.Read(Block(line));

        Assert.NotNull(byline);
        Assert.Empty(byline.Authors);
    }

    [Theory]
    [InlineData("By the end of the day, the market had fallen.")]
    [InlineData("By 2020, emissions will have halved.")]
    [InlineData("By Tuesday, the talks had collapsed.")]
    [InlineData("By contrast, Russia said little.")]
    [InlineData("By Monday the deal was done")]
    [InlineData("Bystanders said they heard shots.")]
    [InlineData("By")]
    [InlineData("Howard Amos")]
    [InlineData("Posted on March 3, 2019 by the river")]
    [InlineData("The bill was passed by Parliament")]
    public void A_sentence_that_starts_with_by_is_not_a_byline(string line) =>
        Assert.Null(BylineReader.Read(Block(line)));

    [Fact]
    public void A_byline_date_is_read_with_it()
    {
        var byline = BylineReader.Read(Block("By Jane Doe | February 15, 2011"))!;

        Assert.Equal("2011-02-15", Assert.Single(byline.Dates).Reading.Date.ToString());
    }

    [Theory]
    [InlineData("By [Howard Amos](#)", null)]
    [InlineData("By [Howard Amos](https://www.themoscowtimes.com/author/howard-amos)", "https://www.themoscowtimes.com/author/howard-amos")]
    [InlineData("By [Howard Amos](/author/howard-amos)", null)]
    [InlineData("By Howard Amos", null)]
    public void A_byline_link_gives_the_author_an_address_unless_it_goes_nowhere(string byline, string? url)
    {
        var article = Read.Article($"# Title\n\n{byline}\n\nThe ministers met in London on Tuesday to talk about the hotline and other matters.\n");

        Assert.Equal(new[] { new AuthorModel("Howard Amos", url) }, article.Authors);
    }

    [Fact]
    public void Several_linked_names_keep_their_own_addresses()
    {
        var article = Read.Article("# Title\n\nBy [Jane Doe](https://example.com/jane) and [John Roe](https://example.com/john)\n\nThe ministers met in London on Tuesday to talk about the hotline and other matters.\n");

        Assert.Equal(new[] { new AuthorModel("Jane Doe", "https://example.com/jane"), new AuthorModel("John Roe", "https://example.com/john") }, article.Authors);
    }

    [Fact]
    public void A_byline_past_the_header_is_story_text()
    {
        var article = Read.Article("Title\n\nThe ministers met in London on Tuesday to talk about the hotline.\n\nBy Jane Doe\n");

        Assert.Empty(article.Authors);
        Assert.Contains("By Jane Doe", article.Paragraphs);
    }

    private static DocumentBlock Block(string text) => DocumentBlock.Plain(BlockKind.Paragraph, text, 3, 1);
}
