using System.Collections.Generic;

namespace Corpus.Reading.Language;

/// <summary>
/// Tells which language an article is written in, as an ISO 639-1 code, from its clean paragraphs.
/// </summary>
/// <remarks>
/// <para>
/// The method works on any text, with no model files and no training: real articles come from news wires, blogs and
/// foreign sites the detector was never shown, so it relies only on what every text in a language has.
/// </para>
/// <list type="number">
/// <item><description>
/// Script first. Letters are counted per script (<see cref="Scripts"/>) and the script with most letters decides
/// which languages are possible, so an English article that quotes a Cyrillic name is still read as Latin text,
/// and a Russian article with English brand names as Cyrillic text. A script used by one language names it:
/// Greek <c>el</c>, Armenian <c>hy</c>, Georgian <c>ka</c>, Hebrew <c>he</c>, Thai <c>th</c>, Hangul <c>ko</c>,
/// kana <c>ja</c>, and Chinese characters <c>zh</c> unless kana are among them. Arabic, the Indic scripts and
/// others are shared by several languages, so they give <see langword="null"/>.
/// </description></item>
/// <item><description>
/// Then function words. For Latin text (<c>en de fr es it pt nl pl</c>) and Cyrillic text (<c>ru uk bg</c>) each
/// word of the main script is looked up among a few dozen of each language's most frequent words (<c>the of and</c>,
/// <c>der die und</c>, <c>и в что</c>, <c>і та що</c>…). These make up a quarter or more of any running text,
/// whatever its subject, so they survive names, numbers and jargon. A word several languages share counts for all.
/// </description></item>
/// <item><description>
/// Letters and word endings as further evidence, worth half a word each: <c>ß ä ö ü</c>, <c>ñ ¿ ¡</c>,
/// <c>ã õ ç</c>, <c>ł ą ę ś ź ż ć ń</c>, Dutch <c>ij</c>, French <c>œ ê î û</c>, Italian <c>ì ò</c>; for Cyrillic,
/// Russian <c>ы э ё</c> against Ukrainian <c>і ї є ґ</c> and Bulgarian <c>ъ</c>, and endings such as Russian
/// <c>-ая -ых</c>, Ukrainian <c>-ння -ють</c> and the Bulgarian article <c>-ите -ата</c>. They separate close
/// languages (es/pt, ru/uk/bg) where the shared function words cannot.
/// </description></item>
/// </list>
/// <para>
/// The answer is <see langword="null"/> rather than a guess when the text is too short (fewer than
/// <see cref="MinLetters"/> letters or <see cref="MinWords"/> words in its main script; web and mail addresses are
/// not words), when more than 2% of its letters belong to no known language (Czech <c>ř</c>, Turkish <c>ı</c>, Danish
/// <c>ø</c>, Serbian <c>ј</c>, Belarusian <c>ў</c>: a language the detector does not know, which would otherwise
/// pass for a neighbour that shares its function words), when fewer than 10% of its words are the winner's function
/// words, or when the winner does not lead the runner-up by 20% and by at least one word.
/// </para>
/// <para>
/// Only the first <see cref="SampleLetters"/> letters are read (a few thousand words, far more than the decision
/// needs), so the cost is bounded on a 20 MB file: one pass, no backtracking, and no allocation per word or letter.
/// The result is deterministic.
/// </para>
/// </remarks>
public static class LanguageDetector
{
    /// <summary>Fewer letters than this in the text's main script give <see langword="null"/>.</summary>
    public const int MinLetters = 20;

    /// <summary>Fewer words than this in the text's main script give <see langword="null"/> (scripts written without spaces excepted).</summary>
    public const int MinWords = 5;

    /// <summary>How many letters from the start of the text are read.</summary>
    public const int SampleLetters = 10_000;

    /// <summary>The share of words that must be the winner's function words; other languages reach a few percent by chance.</summary>
    private const double MinFunctionWordShare = 0.10;

    /// <summary>How far the winner's score must exceed the runner-up's.</summary>
    private const double MinLead = 1.2;

    /// <summary>The least the winner's score must exceed the runner-up's by: one word, or two letters.</summary>
    private const double MinMargin = 1;

    /// <summary>What one telling letter is worth against one function word.</summary>
    private const double LetterWeight = 0.5;

    /// <summary>The share of letters no known language uses above which the text is taken to be in another language.</summary>
    private const double MaxForeignLetterShare = 0.02;

    /// <summary>Japanese mixes kana into Chinese characters in every sentence; Chinese text has none.</summary>
    private const double MinKanaShareForJapanese = 0.05;

    /// <summary>The ISO 639-1 code of the language <paramref name="text"/> is written in, or <see langword="null"/>; see <see cref="Detect(IEnumerable{string})"/>.</summary>
    public static string? Detect(string text) => Detect([text]);

    /// <summary>
    /// The ISO 639-1 code of the language the paragraphs are written in, or <see langword="null"/> when they are too
    /// short to tell or no language is a clear winner. See the remarks on <see cref="LanguageDetector"/> for how.
    /// </summary>
    public static string? Detect(IEnumerable<string> paragraphs) => Detect(paragraphs, memo: null);

    /// <summary>
    /// <see cref="Detect(IEnumerable{string})"/>, taking the counts of paragraphs it has read before from
    /// <paramref name="memo"/> and adding those it reads; the answer is the same with or without one.
    /// </summary>
    internal static string? Detect(IEnumerable<string> paragraphs, SampleMemo? memo)
    {
        var sample = TextSample.Read(paragraphs, SampleLetters, memo);
        var script = Scripts.Largest(sample.Letters);
        if (sample.Letters[(int)script] < MinLetters)
        {
            return null;
        }

        if (script is not (Script.Han or Script.Kana or Script.Thai) && sample.Words[(int)script] < MinWords)
        {
            return null;
        }

        return script switch
        {
            Script.Latin or Script.Cyrillic => ByFunctionWords(sample, script),
            Script.Greek => "el",
            Script.Armenian => "hy",
            Script.Georgian => "ka",
            Script.Hebrew => "he",
            Script.Thai => "th",
            Script.Hangul => "ko",
            Script.Kana => "ja",
            Script.Han => sample.Letters[(int)Script.Kana] >= MinKanaShareForJapanese * sample.Letters[(int)Script.Han] ? "ja" : "zh",
            _ => null,
        };
    }

    private static string? ByFunctionWords(TextSample sample, Script script)
    {
        if (sample.ForeignLetters[(int)script] > MaxForeignLetterShare * sample.Letters[(int)script])
        {
            return null;
        }

        var profiles = LanguageProfile.All;
        var best = -1;
        var bestScore = 0.0;
        var secondScore = 0.0;
        for (var language = 0; language < profiles.Length; language++)
        {
            if (profiles[language].Script != script)
            {
                continue;
            }

            var score = sample.WordHits[language] + (LetterWeight * sample.LetterHits[language]);
            if (score > bestScore)
            {
                secondScore = bestScore;
                bestScore = score;
                best = language;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        if (best < 0
            || sample.WordHits[best] == 0
            || sample.WordHits[best] < MinFunctionWordShare * sample.Words[(int)script]
            || bestScore < MinLead * secondScore
            || bestScore - secondScore < MinMargin)
        {
            return null;
        }

        return profiles[best].Code;
    }
}
