using Corpus.Reading.Language;

namespace Corpus.Reader.Tests.Language;

public class ScriptsTests
{
    [Theory]
    [InlineData('a', Script.Latin)]
    [InlineData('Z', Script.Latin)]
    [InlineData('ß', Script.Latin)]
    [InlineData('ł', Script.Latin)]
    [InlineData('ı', Script.Latin)]
    [InlineData('ệ', Script.Latin)]
    [InlineData('Ａ', Script.Latin)]
    [InlineData('я', Script.Cyrillic)]
    [InlineData('Ї', Script.Cyrillic)]
    [InlineData('ј', Script.Cyrillic)]
    [InlineData('λ', Script.Greek)]
    [InlineData('Ω', Script.Greek)]
    [InlineData('ա', Script.Armenian)]
    [InlineData('ა', Script.Georgian)]
    [InlineData('א', Script.Hebrew)]
    [InlineData('ع', Script.Arabic)]
    [InlineData('ह', Script.Indic)]
    [InlineData('ก', Script.Thai)]
    [InlineData('한', Script.Hangul)]
    [InlineData('の', Script.Kana)]
    [InlineData('カ', Script.Kana)]
    [InlineData('中', Script.Han)]
    [InlineData('ሰ', Script.Other)]
    [InlineData('7', Script.None)]
    [InlineData(' ', Script.None)]
    [InlineData('.', Script.None)]
    [InlineData('—', Script.None)]
    [InlineData('€', Script.None)]
    [InlineData('\'', Script.None)]
    [InlineData('ʼ', Script.None)] // the modifier-letter apostrophe of Ukrainian п'ять
    [InlineData('\u0301', Script.None)] // a combining accent
    [InlineData('\uD83D', Script.None)] // half of a surrogate pair
    public void Each_letter_has_its_script_and_other_characters_have_none(char c, Script expected)
    {
        Assert.Equal(expected, Scripts.Of(c));
    }

    [Fact]
    public void Code_points_beyond_the_basic_plane_are_classified()
    {
        Assert.Equal(Script.Han, Scripts.Of(0x20BB7)); // 𠮷, a CJK Extension B character
        Assert.Equal(Script.None, Scripts.Of(0x1F600)); // an emoji
    }

    [Theory]
    [InlineData("Hello, world", Script.Latin)]
    [InlineData("Привет, мир", Script.Cyrillic)]
    [InlineData("Путин said “no” in Moscow yesterday", Script.Latin)]
    [InlineData("Компания Apple представила iPhone", Script.Cyrillic)]
    [InlineData("ＡＢ ニュース 今日の天気", Script.Kana)]
    [InlineData("𠮷野家", Script.Han)]
    [InlineData("2024 — 15:30, +3%", Script.None)]
    [InlineData("", Script.None)]
    [InlineData("ab вг", Script.Latin)] // a tie goes to the script listed first
    public void The_dominant_script_is_the_one_with_most_letters(string text, Script expected)
    {
        Assert.Equal(expected, Scripts.Dominant(text));
    }

    [Fact]
    public void A_run_inside_a_string_is_classified_on_its_own()
    {
        const string text = "The market rose. Купить дешево здесь! Shares closed higher.";
        var start = text.IndexOf('К', StringComparison.Ordinal);
        var length = text.IndexOf('!', StringComparison.Ordinal) - start;

        Assert.Equal(Script.Cyrillic, Scripts.Dominant(text, start, length));
        Assert.Equal(Script.Latin, Scripts.Dominant(text));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(0, 6)]
    [InlineData(4, 2)]
    public void A_run_outside_the_string_is_refused(int start, int length)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Scripts.Dominant("abcde", start, length));
    }
}
