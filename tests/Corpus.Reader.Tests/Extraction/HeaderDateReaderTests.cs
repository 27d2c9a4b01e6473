using Corpus.Reading.Extraction;

namespace Corpus.Reader.Tests.Extraction;

public class HeaderDateReaderTests
{
    [Theory]
    [InlineData("February 15, 2011", "2011-02-15", "Plain")]
    [InlineData("Published: 15 Feb 2011", "2011-02-15", "Published")]
    [InlineData("Published on February 15, 2011 at 2:05 pm", "2011-02-15", "Published")]
    [InlineData("Posted on 2011-02-15", "2011-02-15", "Published")]
    [InlineData("Updated: Tuesday, 15 Feb 2011 14:05 GMT", "2011-02-15", "Updated")]
    [InlineData("Last updated 16 February 2011", "2011-02-16", "Updated")]
    [InlineData("Опубликовано: 15 февраля 2011", "2011-02-15", "Published")]
    [InlineData("Date: 2011-02-15", "2011-02-15", "Plain")]
    public void Reads_a_date_line_with_its_label(string line, string expected, string role)
    {
        var dates = HeaderDateReader.Read(line);

        Assert.NotNull(dates);
        var date = Assert.Single(dates);
        Assert.Equal(expected, date.Reading.Date.ToString());
        Assert.Equal(role, date.Role.ToString());
    }

    [Fact]
    public void Prefers_the_publication_date_over_the_update_on_one_line()
    {
        var dates = HeaderDateReader.Read("Updated 16 Feb 2011 | Published 15 Feb 2011")!;

        Assert.Equal(2, dates.Count);
        Assert.Equal("2011-02-15", HeaderDateReader.Best(dates)!.Value.Reading.Date.ToString());
    }

    [Fact]
    public void Takes_an_update_date_when_there_is_no_other()
    {
        var dates = HeaderDateReader.Read("Updated: 16 February 2011")!;

        Assert.Equal("2011-02-16", HeaderDateReader.Best(dates)!.Value.Reading.Date.ToString());
    }

    [Theory]
    [InlineData("Published by the Foreign Office")]
    [InlineData("Updated regularly")]
    [InlineData("February 15, 2011 | Jane Doe")]
    [InlineData("On Tuesday the ministers met.")]
    public void Rejects_lines_that_only_mention_a_date_or_a_label(string line) =>
        Assert.Null(HeaderDateReader.Read(line));
}
