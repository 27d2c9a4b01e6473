using Corpus.Reading.Language;

namespace Corpus.Reader.Tests.Language;

public class TextSampleTests
{
    /// <summary>
    /// A memo must never change a sample: paragraphs taken from it count as if read, and the paragraph in which the
    /// sample fills up counts only up to there, whether it was remembered whole or not.
    /// </summary>
    [Theory]
    [InlineData(20)]
    [InlineData(150)]
    [InlineData(400)]
    [InlineData(1_000)]
    [InlineData(LanguageDetector.SampleLetters)]
    public void A_sample_taken_with_a_memo_is_the_sample_read_without_one(int maxLetters)
    {
        var article = NewsParagraphs.All.Select(p => p.Text).ToList();
        var before = new List<string> { "Subscribe now: https://example.com/offer — скидки! ¿Qué?" };
        before.AddRange(article);
        before.Insert(3, "Read more at www.example.com and follow us.");
        var after = article.Where((_, i) => i % 3 != 1).Append("ß, ї, ñ: a paragraph junk removal shortened").ToList();

        var memo = new SampleMemo();
        AssertSame(TextSample.Read(before, maxLetters), TextSample.Read(before, maxLetters, memo));
        AssertSame(TextSample.Read(after, maxLetters), TextSample.Read(after, maxLetters, memo));

        // Remembered whole, then met where the sample fills up.
        var whole = new SampleMemo();
        TextSample.Read(before, int.MaxValue, whole);
        AssertSame(TextSample.Read(after, maxLetters), TextSample.Read(after, maxLetters, whole));
    }

    private static void AssertSame(TextSample expected, TextSample actual)
    {
        Assert.Equal(expected.Letters, actual.Letters);
        Assert.Equal(expected.Words, actual.Words);
        Assert.Equal(expected.ForeignLetters, actual.ForeignLetters);
        Assert.Equal(expected.WordHits, actual.WordHits);
        Assert.Equal(expected.LetterHits, actual.LetterHits);
    }
}
