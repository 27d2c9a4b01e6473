using System.Text;
using Corpus.Reading.Junk;

namespace Corpus.Reader.Tests.Junk;

/// <summary>
/// Words are lower-cased into one copy of their paragraph and looked up in the lexicons by span: the same words, cased
/// the same way, as when each was a lower-cased string of its own.
/// </summary>
public class WordLookupTests
{
    [Fact]
    public void Words_are_lower_cased_and_addresses_are_not_words()
    {
        var words = TextScanner.Scan("Payday LOANS at www.Loans.example, СРОЧНЫЙ Займ").Where(t => t.IsWord).Select(t => t.Word.ToString());

        Assert.Equal(["payday", "loans", "at", "срочный", "займ"], words);
    }

    [Theory]
    [InlineData("STRAẞE Straße")]
    [InlineData("İstanbul ISPARTA ıssız Iİıi")]
    [InlineData("ΟΔΟΣ Σοφία ς")]
    [InlineData("Ǆemal ǅemal ǆemal")]
    [InlineData("ÀÉÎÕÜ Ÿ Ĳ Ꭰ")]
    public void Words_are_lower_cased_as_ToLowerInvariant_does(string text)
    {
        var words = TextScanner.Scan(text).Where(t => t.IsWord).Select(t => t.Word.ToString());

        Assert.Equal(text.Split(' ').Select(w => w.ToLowerInvariant()), words);
    }

    [Fact]
    public void Every_character_outside_a_surrogate_pair_is_lower_cased_as_ToLowerInvariant_does()
    {
        var lowered = new char[3];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            // Between two letters, so that a rule that looked at its neighbours would show.
            var word = "A" + (char)c + "Σ";
            TextScanner.LowerCase(word, 0, word.Length, lowered);
            Assert.Equal(word.ToLowerInvariant(), new string(lowered));
        }
    }

    [Fact]
    public void A_word_holding_a_surrogate_pair_is_lower_cased_as_a_whole()
    {
        // Deseret capital letters (U+10400…) have lower-case forms outside the Basic Multilingual Plane.
        var text = "Read \U00010400\U00010401A and 𝐀𝐁c today";

        var words = TextScanner.Scan(text).Where(t => t.IsWord).Select(t => t.Word.ToString()).ToList();

        var expected = new[] { "Read", "\U00010400\U00010401A", "and", "𝐀𝐁c", "today" }.Select(w => w.ToLowerInvariant());
        Assert.Equal(expected, words);
    }

    [Fact]
    public void Scanned_words_of_every_letter_match_their_lower_cased_strings()
    {
        var text = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsLetterOrDigit((char)c) || char.GetUnicodeCategory((char)c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                text.Append((char)c);
                if (text.Length % 8 == 0)
                {
                    text.Append(' ');
                }
            }
        }

        var source = text.ToString();
        var words = TextScanner.Scan(source).Where(t => t.IsWord).ToList();

        Assert.True(words.Count > 5_000);
        foreach (var word in words)
        {
            Assert.Equal(source.Substring(word.Start, word.End - word.Start).ToLowerInvariant(), word.Word.ToString());
        }
    }

    [Fact]
    public void An_address_has_its_host_and_no_word()
    {
        var token = Assert.Single(TextScanner.Scan("https://WWW.Example.COM/path"));

        Assert.True(token.IsUrl);
        Assert.Equal("example.com", token.Host);
        Assert.True(token.Word.IsEmpty);
    }

    [Fact]
    public void A_table_finds_a_word_by_any_span_with_its_characters()
    {
        var table = new WordTable<int>();
        table.Set("loan", 1);
        table.Set("займ", 2);

        Assert.True(table.TryGetValue("payday loan now".AsSpan(7, 4), out var loan));
        Assert.Equal(1, loan);
        Assert.True(table.TryGetValue("на займ".AsSpan(3), out var zaim));
        Assert.Equal(2, zaim);
        Assert.False(table.ContainsKey("loans".AsSpan()));
        Assert.False(table.ContainsKey("loa".AsSpan()));
        Assert.False(table.ContainsKey("Loan".AsSpan()));
        Assert.False(table.ContainsKey(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void A_table_adds_once_sets_again_and_keeps_every_word_as_it_grows()
    {
        var table = new WordTable<string?>();
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var word in words)
        {
            Assert.True(table.TryAdd(word, null));
        }

        Assert.False(table.TryAdd("w7", "again"));
        table.Set("w7", "seven");
        table.Set("", "empty");

        Assert.Equal(5001, table.Count);
        Assert.All(words, w => Assert.True(table.ContainsKey(w.AsSpan())));
        Assert.True(table.TryGetValue("w7".AsSpan(), out var seven));
        Assert.Equal("seven", seven);
        Assert.True(table.TryGetValue("".AsSpan(), out var empty));
        Assert.Equal("empty", empty);
        Assert.False(table.ContainsKey("w5000".AsSpan()));
    }

    [Fact]
    public void A_table_used_as_a_set_holds_its_words()
    {
        var set = WordTable<bool>.SetOf(["mr", "dr", "гг"]);

        Assert.True(set.ContainsKey("Dr. Smith".ToLowerInvariant().AsSpan(0, 2)));
        Assert.True(set.ContainsKey("гг".AsSpan()));
        Assert.False(set.ContainsKey("mrs".AsSpan()));
    }

    [Fact]
    public void Function_words_are_looked_up_by_span()
    {
        var text = "The loan AND the casino";
        var words = TextScanner.Scan(text);

        Assert.NotEqual(0, FunctionWords.LanguagesOf(words[0].Word));
        Assert.Equal(0, FunctionWords.LanguagesOf(words[1].Word));
        Assert.Equal(FunctionWords.LanguagesOf("and".AsSpan()), FunctionWords.LanguagesOf(words[2].Word));
    }
}
