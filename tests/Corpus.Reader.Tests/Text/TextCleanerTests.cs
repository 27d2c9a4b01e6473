using Corpus.Reading.Text;

namespace Corpus.Reader.Tests.Text;

public class TextCleanerTests
{
    [Theory]
    [InlineData("  many   spaces\tand\ttabs  ", "many spaces and tabs")]
    [InlineData("line\nbreaks\r\nand\u2028separators\u2029too", "line breaks and separators too")]
    [InlineData("no\u00A0break space kept", "no\u00A0break space kept")]
    [InlineData("control\u0001chars\u0007gone", "controlcharsgone")]
    [InlineData("emoji 🚀 pair kept", "emoji 🚀 pair kept")]
    [InlineData("rtl \u200F mark kept", "rtl \u200F mark kept")]
    [InlineData("zero\u200Bwidth space", "zero width space")]
    public void Clean_text_is_one_line_with_single_spaces(string raw, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(raw));

    [Fact]
    public void An_unpaired_surrogate_becomes_the_replacement_character()
    {
        // Built at run time: attribute arguments are stored as UTF-8, which cannot hold an unpaired surrogate.
        var raw = "lone " + (char)0xD800 + " high, lone " + (char)0xDC00 + " low";

        Assert.Equal("lone \uFFFD high, lone \uFFFD low", TextCleaner.Clean(raw));
    }

    [Theory]
    [InlineData(" leading", "leading")]
    [InlineData("trailing ", "trailing")]
    [InlineData("double  space", "double space")]
    [InlineData("space \u0001before a control", "space before a control")]
    [InlineData("space\u0001 after a control", "space after a control")]
    [InlineData("a \u00A0 b", "a \u00A0 b")]
    [InlineData("a \t b", "a b")]
    public void Text_that_is_clean_but_for_one_place_is_cleaned_there(string raw, string expected) =>
        Assert.Equal(expected, TextCleaner.Clean(raw));

    [Fact]
    public void Clean_text_is_returned_as_it_is()
    {
        var text = "Already clean: one space, a no\u00A0break space, 🚀 and Россия.";

        Assert.Same(text, TextCleaner.Clean(text));
    }

    [Fact]
    public void White_space_is_what_the_runtime_says_it_is_for_every_character()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace((char)c), TextCleaner.IsWhiteSpace((char)c));
        }
    }

    [Theory]
    [InlineData("Britain signalled that it was ready", 6)]
    [InlineData("yesterday —but not — at the expense", 6)]
    [InlineData("— – - …", 0)]
    [InlineData("polonium-210 and 2 Plus 2", 5)]
    [InlineData("Россия и Запад", 3)]
    [InlineData("", 0)]
    public void Words_are_tokens_with_a_letter_or_digit(string text, int expected) =>
        Assert.Equal(expected, TextCleaner.CountWords(text));

    [Theory]
    [InlineData("Britain, Russia to Reach Out Via Hotline", "britain-russia-to-reach-out-via-hotline")]
    [InlineData("Britain's café society", "britains-cafe-society")]
    [InlineData("Россия и Запад: новый этап", "россия-и-запад-новый-этап")]
    [InlineData("  --Leading and trailing--  ", "leading-and-trailing")]
    [InlineData("?!", "")]
    public void Slugs_are_lower_case_words_joined_by_dashes(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Fact]
    public void Long_slugs_are_cut_at_a_dash() =>
        Assert.True(Slug.From(string.Join(" ", Enumerable.Repeat("word", 40))).Length <= Slug.MaxLength);
}
