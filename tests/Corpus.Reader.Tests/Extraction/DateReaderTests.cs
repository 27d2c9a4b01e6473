using Corpus.Reading.Extraction;

namespace Corpus.Reader.Tests.Extraction;

public class DateReaderTests
{
    [Theory]
    // ISO 8601 and front-matter timestamps: the date as written, whatever the offset.
    [InlineData("2011-02-15", "2011-02-15")]
    [InlineData("2011-02-15T14:05:00Z", "2011-02-15")]
    [InlineData("2011-02-15T23:30:00-05:00", "2011-02-15")]
    [InlineData("2011-02-15 14:05:00 +0300", "2011-02-15")]
    [InlineData("2011-02-15 14:05:00.000000000 +03:00", "2011-02-15")]
    [InlineData("2011/02/15", "2011-02-15")]
    [InlineData("2011.2.5", "2011-02-05")]
    // US wire style, month first.
    [InlineData("February 15, 2011", "2011-02-15")]
    [InlineData("Feb. 15, 2011", "2011-02-15")]
    [InlineData("Feb 15 2011", "2011-02-15")]
    [InlineData("Sept. 5, 2011, 2:05 p.m. ET", "2011-09-05")]
    [InlineData("December 1st, 2019", "2019-12-01")]
    [InlineData("Tuesday, February 15, 2011", "2011-02-15")]
    // British and RSS style, day first.
    [InlineData("15 February 2011", "2011-02-15")]
    [InlineData("15th of February, 2011", "2011-02-15")]
    [InlineData("Tuesday, 15 Feb 2011 14:05 GMT", "2011-02-15")]
    [InlineData("Tue, 15 Feb 2011 14:05:00 +0000", "2011-02-15")]
    [InlineData("15-Feb-2011", "2011-02-15")]
    [InlineData("Wed 29 Feb 2012 09:00 BST", "2012-02-29")]
    // Russian news.
    [InlineData("15 февраля 2011", "2011-02-15")]
    [InlineData("15 февраля 2011 года, 14:05", "2011-02-15")]
    [InlineData("вторник, 15 фев 2011", "2011-02-15")]
    [InlineData("1 сентября 2022 г.", "2022-09-01")]
    [InlineData("15.02.2011", "2011-02-15")]
    [InlineData("15.02.2011 в 14:05 МСК", "2011-02-15")]
    // Numeric with slashes: read only when it cannot be the other way round.
    [InlineData("15/02/2011", "2011-02-15")]
    [InlineData("02/15/2011", "2011-02-15")]
    [InlineData("04/04/2011", "2011-04-04")]
    public void Reads_the_common_forms(string text, string expected)
    {
        var reading = DateReader.Read(text);

        Assert.Equal(DateStatus.Date, reading.Status);
        Assert.Equal(expected, reading.Date.ToString());
    }

    [Theory]
    [InlineData("03/04/2011")]
    [InlineData("12-11-2010")]
    [InlineData("1/2/2020 10:00")]
    public void Does_not_guess_an_ambiguous_numeric_date(string text) =>
        Assert.Equal(DateStatus.Ambiguous, DateReader.Read(text).Status);

    [Theory]
    [InlineData("February 30, 2011")]
    [InlineData("2011-13-01")]
    [InlineData("29 Feb 2011")]
    [InlineData("31/31/2011")]
    public void Knows_a_day_that_does_not_exist(string text) =>
        Assert.Equal(DateStatus.Impossible, DateReader.Read(text).Status);

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2011")]
    [InlineData("February 2011")]
    [InlineData("15 February")]
    [InlineData("15/02/11")]
    [InlineData("February 15, 2011 was a cold day in London.")]
    [InlineData("On February 15, 2011, the ministers met")]
    [InlineData("May the best team win 2011")]
    [InlineData("Staff")]
    public void Reads_no_date_from_other_text(string text) =>
        Assert.Equal(DateStatus.NotADate, DateReader.Read(text).Status);

    [Theory]
    [InlineData("Feb 15", true)]
    [InlineData("15 February", true)]
    [InlineData("15 фев", true)]
    [InlineData("Kansas", false)]
    [InlineData("Feb 15 2011", false)]
    public void Tells_a_day_and_month_as_datelines_write_it(string text, bool expected) =>
        Assert.Equal(expected, DateReader.IsDayAndMonth(text));
}
