using System;
using System.Collections.Generic;
using Corpus.Reading.Model;

namespace Corpus.Reading.Extraction;

/// <summary>What reading a piece of text as a date gave.</summary>
internal enum DateStatus
{
    /// <summary>The text is not (only) a date.</summary>
    NotADate,

    /// <summary>The text is a date, and <see cref="DateReading.Date"/> holds it.</summary>
    Date,

    /// <summary>A numeric date that reads both day-first and month-first (<c>03/04/2011</c>); it is never guessed.</summary>
    Ambiguous,

    /// <summary>The text has the shape of a date but names no real day (<c>February 30, 2011</c>, <c>2011-13-01</c>).</summary>
    Impossible,
}

internal readonly record struct DateReading(DateStatus Status, DateModel Date = default)
{
    public static DateReading None => new(DateStatus.NotADate);
}

/// <summary>
/// Reads a calendar date written the ways news pages, feeds and front matter write one, and nothing else around it
/// but a weekday, a time and a time zone:
/// <list type="bullet">
/// <item>ISO 8601 and its relatives, year first: <c>2011-02-15</c>, <c>2011-02-15T14:05:00+03:00</c>,
/// <c>2011-02-15 14:05:00 +0300</c> (Jekyll, Hugo), <c>2011/02/15</c>, <c>2011.02.15</c>;</item>
/// <item>English, month first (US wire style): <c>February 15, 2011</c>, <c>Feb. 15, 2011</c>, <c>Feb 15th 2011</c>;</item>
/// <item>English, day first (British and RSS style): <c>15 February 2011</c>, <c>15th of Feb 2011</c>,
/// <c>Tuesday, 15 Feb 2011 14:05 GMT</c>, <c>Tue, 15 Feb 2011 14:05:00 +0000</c>, <c>15-Feb-2011</c>;</item>
/// <item>Russian news: <c>15 февраля 2011</c>, <c>15 февраля 2011 года, 14:05</c>, <c>вторник, 15 фев 2011</c>;</item>
/// <item>numeric day-first with dots, as Russian and continental European sites write: <c>15.02.2011</c>;</item>
/// <item>numeric with slashes or dashes (<c>15/02/2011</c>, <c>02/15/2011</c>): read only when one number is over
/// 12 or both are equal, otherwise <see cref="DateStatus.Ambiguous"/>.</item>
/// </list>
/// The calendar date is taken as written: a time or offset after it never moves it to another day.
/// Two-digit years are not read. The scan is a single pass over a token list, linear in the text.
/// </summary>
internal static class DateReader
{
    /// <summary>Longer text is a sentence, not a date line.</summary>
    public const int MaxLength = 80;

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "t", "z", "at", "в", "ч", "h",
        "utc", "gmt", "ut", "bst", "cet", "cest", "eet", "eest", "wet", "west", "msk", "мск",
        "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt", "ist", "jst", "hkt", "sgt",
        "aest", "aedt", "nzst", "nzdt",
    };

    /// <summary>Reads <paramref name="text"/> as a whole as a date (with optional weekday, time and zone).</summary>
    public static DateReading Read(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return DateReading.None;
        }

        var tokens = DateToken.Split(text);
        var at = SkipWeekday(tokens, 0);
        var reading = ReadCore(tokens, ref at);
        return reading.Status != DateStatus.NotADate && IsTimeOnly(tokens, at) ? reading : DateReading.None;
    }

    /// <summary>
    /// True when <paramref name="text"/> is a day and a month without a year (<c>Feb 15</c>, <c>15 February</c>,
    /// <c>15 фев</c>), as wire datelines write the day.
    /// </summary>
    public static bool IsDayAndMonth(string text)
    {
        if (text.Length == 0 || text.Length > MaxLength)
        {
            return false;
        }

        var tokens = DateToken.Split(text);
        var at = SkipWeekday(tokens, 0);
        if (at + 1 >= tokens.Count)
        {
            return false;
        }

        var monthFirst = tokens[at].IsWord && CalendarWords.Month(tokens[at].Text) > 0 && tokens[at + 1].IsDay;
        var dayFirst = tokens[at].IsDay && tokens[at + 1].IsWord && CalendarWords.Month(tokens[at + 1].Text) > 0;
        return (monthFirst || dayFirst) && at + 2 == tokens.Count;
    }

    private static int SkipWeekday(List<DateToken> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].IsWord && CalendarWords.IsWeekday(tokens[at].Text))
        {
            at++;
            if (at < tokens.Count && tokens[at].Text is "," or ".")
            {
                at++;
            }
        }

        return at;
    }

    private static DateReading ReadCore(List<DateToken> tokens, ref int at)
    {
        if (at >= tokens.Count)
        {
            return DateReading.None;
        }

        var first = tokens[at];
        if (first.IsNumber && first.Text.Length == 4)
        {
            return ReadYearFirst(tokens, ref at);
        }

        if (first.IsDay && at + 1 < tokens.Count && tokens[at + 1].IsPunctuation && tokens[at + 1].Text is "/" or "-" or "." && at + 2 < tokens.Count && tokens[at + 2].IsNumber)
        {
            return ReadNumericDayOrMonthFirst(tokens, ref at);
        }

        if (first.IsDay)
        {
            return ReadDayMonthYear(tokens, ref at);
        }

        return first.IsWord && CalendarWords.Month(first.Text) > 0 ? ReadMonthDayYear(tokens, ref at) : DateReading.None;
    }

    /// <summary><c>2011-02-15</c>, <c>2011/02/15</c>, <c>2011.02.15</c>: year first is never ambiguous.</summary>
    private static DateReading ReadYearFirst(List<DateToken> tokens, ref int at)
    {
        if (at + 4 >= tokens.Count)
        {
            return DateReading.None;
        }

        var separator = tokens[at + 1].Text;
        if (separator is not ("-" or "/" or ".") || tokens[at + 3].Text != separator || !tokens[at + 2].IsDay || !tokens[at + 4].IsDay)
        {
            return DateReading.None;
        }

        var year = tokens[at].Number;
        var month = tokens[at + 2].Number;
        var day = tokens[at + 4].Number;
        at += 5;
        return Make(year, month, day);
    }

    /// <summary><c>15.02.2011</c> is day-first; <c>15/02/2011</c> and <c>02/15/2011</c> are read only when unambiguous.</summary>
    private static DateReading ReadNumericDayOrMonthFirst(List<DateToken> tokens, ref int at)
    {
        if (at + 4 >= tokens.Count)
        {
            return DateReading.None;
        }

        var separator = tokens[at + 1].Text;
        if (tokens[at + 3].Text != separator || !tokens[at + 2].IsDay || !tokens[at + 4].IsNumber || tokens[at + 4].Text.Length != 4)
        {
            return DateReading.None;
        }

        var a = tokens[at].Number;
        var b = tokens[at + 2].Number;
        var year = tokens[at + 4].Number;
        at += 5;
        if (separator == "." || a > 12 || a == b)
        {
            return Make(year, b, a);
        }

        if (b > 12)
        {
            return Make(year, a, b);
        }

        return new DateReading(DateStatus.Ambiguous);
    }

    /// <summary><c>15 February 2011</c>, <c>15th of Feb. 2011</c>, <c>15-Feb-2011</c>, <c>15 февраля 2011 года</c>.</summary>
    private static DateReading ReadDayMonthYear(List<DateToken> tokens, ref int at)
    {
        var i = at;
        var day = tokens[i++].Number;
        i = SkipOrdinal(tokens, i);
        i = Skip(tokens, i, "-");
        if (i < tokens.Count && tokens[i].IsWord && tokens[i].Text.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            i++;
        }

        var month = i < tokens.Count && tokens[i].IsWord ? CalendarWords.Month(tokens[i].Text) : 0;
        if (month == 0)
        {
            return DateReading.None;
        }

        i = Skip(tokens, i + 1, "-");
        i = Skip(tokens, i, ",");
        if (i >= tokens.Count || !tokens[i].IsNumber || tokens[i].Text.Length != 4)
        {
            return DateReading.None;
        }

        var year = tokens[i++].Number;
        if (i < tokens.Count && tokens[i].IsWord && tokens[i].Text.ToLowerInvariant() is "года" or "г" or "г.")
        {
            i++;
        }

        at = i;
        return Make(year, month, day);
    }

    /// <summary><c>February 15, 2011</c>, <c>Feb. 15 2011</c>, <c>Feb 15th, 2011</c>.</summary>
    private static DateReading ReadMonthDayYear(List<DateToken> tokens, ref int at)
    {
        var i = at;
        var month = CalendarWords.Month(tokens[i++].Text);
        if (i >= tokens.Count || !tokens[i].IsDay)
        {
            return DateReading.None;
        }

        var day = tokens[i++].Number;
        i = SkipOrdinal(tokens, i);
        i = Skip(tokens, i, ",");
        if (i >= tokens.Count || !tokens[i].IsNumber || tokens[i].Text.Length != 4)
        {
            return DateReading.None;
        }

        var year = tokens[i++].Number;
        at = i;
        return Make(year, month, day);
    }

    private static int SkipOrdinal(List<DateToken> tokens, int i) =>
        i < tokens.Count && tokens[i].IsWord && tokens[i].Text.ToLowerInvariant() is "st" or "nd" or "rd" or "th" or "го" ? i + 1 : i;

    private static int Skip(List<DateToken> tokens, int i, string punctuation) =>
        i < tokens.Count && tokens[i].Text == punctuation ? i + 1 : i;

    /// <summary>Whether everything from <paramref name="at"/> on is a time of day, a zone or an offset, and the punctuation between.</summary>
    private static bool IsTimeOnly(List<DateToken> tokens, int at)
    {
        for (var i = at; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsWord)
            {
                if (!TimeWords.Contains(token.Text.ToLowerInvariant()))
                {
                    return false;
                }

                continue;
            }

            if (token.IsPunctuation)
            {
                if (token.Text is not ("," or "|" or "·" or "•" or "(" or ")" or "-" or "–" or "—" or "/" or "+" or ":" or "."))
                {
                    return false;
                }

                continue;
            }

            // A number here is an hour, minutes, seconds, a fraction or an offset: at most four digits, or a fraction.
            var previous = i > 0 ? tokens[i - 1].Text : "";
            if (token.Text.Length > 4 && previous != ".")
            {
                return false;
            }
        }

        return true;
    }

    private static DateReading Make(int year, int month, int day) =>
        year is >= 1000 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateReading(DateStatus.Date, new DateModel(year, month, day))
            : new DateReading(DateStatus.Impossible);

    /// <summary>A run of digits, a run of letters (with the dots of <c>Feb.</c> or <c>a.m.</c>), or one other character.</summary>
    private readonly record struct DateToken(string Text, int Kind)
    {
        private const int NumberKind = 0;
        private const int WordKind = 1;
        private const int PunctuationKind = 2;

        public bool IsNumber => Kind == NumberKind;

        public bool IsWord => Kind == WordKind;

        public bool IsPunctuation => Kind == PunctuationKind;

        /// <summary>The value of a number token of up to nine digits; -1 otherwise.</summary>
        public int Number => IsNumber && Text.Length <= 9 ? int.Parse(Text, System.Globalization.CultureInfo.InvariantCulture) : -1;

        /// <summary>A one- or two-digit number, as days and months are written.</summary>
        public bool IsDay => IsNumber && Text.Length <= 2;

        public static List<DateToken> Split(string text)
        {
            var tokens = new List<DateToken>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                if (IsAsciiDigit(c))
                {
                    while (i < text.Length && IsAsciiDigit(text[i]))
                    {
                        i++;
                    }

                    tokens.Add(new DateToken(text.Substring(start, i - start), NumberKind));
                    continue;
                }

                if (char.IsLetter(c))
                {
                    while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '.' && i > start)))
                    {
                        i++;
                    }

                    tokens.Add(new DateToken(text.Substring(start, i - start), WordKind));
                    continue;
                }

                tokens.Add(new DateToken(c.ToString(), PunctuationKind));
                i++;
            }

            return tokens;
        }

        private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
    }
}
