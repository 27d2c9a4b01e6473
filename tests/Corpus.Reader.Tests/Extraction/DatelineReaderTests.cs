using Corpus.Reading.Extraction;

namespace Corpus.Reader.Tests.Extraction;

public class DatelineReaderTests
{
    [Theory]
    [InlineData("LONDON — At the start of the visit, the minister spoke.", "LONDON", "", "At the start of the visit, the minister spoke.")]
    [InlineData("LONDON—At the start of the visit, the minister spoke.", "LONDON", "", "At the start of the visit, the minister spoke.")]
    [InlineData("DODGE CITY, Kansas — The cattle town voted.", "DODGE CITY, Kansas", "", "The cattle town voted.")]
    [InlineData("WASHINGTON, D.C. – Lawmakers met on Tuesday.", "WASHINGTON, D.C.", "", "Lawmakers met on Tuesday.")]
    [InlineData("ST. PETERSBURG -- Officials said on Monday.", "ST. PETERSBURG", "", "Officials said on Monday.")]
    [InlineData("NEW DELHI: India said on Friday it would talk.", "NEW DELHI", "", "India said on Friday it would talk.")]
    [InlineData("PARIS (Reuters) - France said on Tuesday it would talk.", "PARIS", "Reuters", "France said on Tuesday it would talk.")]
    [InlineData("WASHINGTON, Feb 15 (Reuters) - The U.S. said on Tuesday.", "WASHINGTON", "Reuters", "The U.S. said on Tuesday.")]
    [InlineData("Paris (AFP) — France said on Tuesday it would talk.", "Paris", "AFP", "France said on Tuesday it would talk.")]
    [InlineData("RIO DE JANEIRO (AP) — Brazil's president said.", "RIO DE JANEIRO", "AP", "Brazil's president said.")]
    [InlineData("MOSCOW, Feb. 15 (Interfax) - \"We are ready,\" he said.", "MOSCOW", "Interfax", "\"We are ready,\" he said.")]
    [InlineData("МОСКВА, 15 фев — РИА Новости. Президент подписал указ.", "МОСКВА", "РИА Новости", "Президент подписал указ.")]
    [InlineData("МОСКВА, 15 февраля. /ТАСС/. Президент подписал указ.", "МОСКВА", "ТАСС", "Президент подписал указ.")]
    public void Reads_the_place_and_the_agency_off_the_first_paragraph(string paragraph, string place, string credits, string rest)
    {
        var dateline = DatelineReader.Read(paragraph);

        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(credits, string.Join("|", dateline.Credits));
        Assert.Equal(rest, dateline.Rest);
    }

    [Theory]
    [InlineData("London — A Russian dissident living in Britain spoke to Lavrov.")]
    [InlineData("Britain — despite everything — wants better ties.")]
    [InlineData("The plan — announced on Tuesday — was dropped.")]
    [InlineData("NATO — The alliance said it would respond.")]
    [InlineData("UPDATE — The minister has since resigned.")]
    [InlineData("WARNING: This story contains graphic details.")]
    [InlineData("EXCLUSIVE (Reuters) - The minister has resigned.")]
    [InlineData("LONDON — the city woke to snow.")]
    [InlineData("Lavrov said: \"We are ready.\"")]
    [InlineData("Britain signalled that it was ready for a thaw in the relationship with the Kremlin yesterday —but not at any price.")]
    [InlineData("LONDON, where the talks were held — it rained.")]
    [InlineData("Well-known facts - Britain and Russia disagree.")]
    public void Leaves_ordinary_sentences_alone(string paragraph) =>
        Assert.Null(DatelineReader.Read(paragraph));

    [Fact]
    public void Only_the_first_paragraph_gives_a_dateline()
    {
        var article = Read.Article("Title\n\nThe ministers met in London on Tuesday to talk about the hotline.\n\nLONDON — A second story starts here.\n");

        Assert.Null(article.Dateline);
        Assert.Equal("LONDON — A second story starts here.", article.Paragraphs[1]);
    }

    [Fact]
    public void The_dateline_agency_is_a_credit_and_the_paragraph_keeps_its_words()
    {
        var article = Read.Article("Russia and Britain agree hotline\n\nLONDON (Reuters) - Russia and Britain agreed on Tuesday to set up a hotline.\n\nThe two ministers met for two hours.\n");

        Assert.Equal("LONDON", article.Dateline);
        Assert.Equal(new[] { "Reuters" }, article.Credits);
        Assert.Equal("Russia and Britain agreed on Tuesday to set up a hotline.", article.Paragraphs[0]);
    }
}
