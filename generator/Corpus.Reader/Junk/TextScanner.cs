using System;
using System.Collections.Generic;
using System.Globalization;
using Corpus.Reading.Language;
using Corpus.Reading.Text;

namespace Corpus.Reading.Junk;

/// <summary>What a token of a paragraph is.</summary>
internal enum TokenKind
{
    /// <summary>A run of letters and digits.</summary>
    Word,

    /// <summary>A web address with a scheme (<c>https://…</c>) or starting <c>www.</c>.</summary>
    Url,
}

/// <summary>
/// One token of a paragraph: a word (with the script of its first letter) or a web address (with its host).
/// <c>Start</c> and <c>End</c> are offsets into the paragraph's text.
/// </summary>
internal readonly struct Token
{
    /// <summary>
    /// A word's lower-cased paragraph (<c>char[]</c>) or an address's host (<c>string</c>). One field for either, and
    /// the kind and script in a byte each, keep a token at 24 bytes: a paragraph has as many tokens as words.
    /// </summary>
    private readonly object _value;
    private readonly byte _kind;
    private readonly byte _script;

    private Token(TokenKind kind, int start, int end, Script script, int functionWordLanguages, object value)
    {
        _kind = (byte)kind;
        Start = start;
        End = end;
        _script = (byte)script;
        FunctionWordLanguages = functionWordLanguages;
        _value = value;
    }

    public TokenKind Kind => (TokenKind)_kind;

    public int Start { get; }

    public int End { get; }

    /// <summary>The script of a word's first letter; <see cref="Script.None"/> for an address.</summary>
    public Script Script => (Script)_script;

    /// <summary>The languages whose function word the word is (<see cref="FunctionWords.LanguagesOf"/>), looked up once.</summary>
    public int FunctionWordLanguages { get; }

    /// <summary>An address's host as <see cref="TextScanner.HostOf"/> gives it; empty for a word.</summary>
    public string Host => _value as string ?? "";

    /// <summary>
    /// A word lower-cased, as <see cref="string.ToLowerInvariant()"/> gives it; empty for an address. It is a view into
    /// one lower-cased copy of the paragraph that all its words share, so that words are compared and looked up in
    /// the lexicons without a string each.
    /// </summary>
    public ReadOnlySpan<char> Word => _value is char[] lowered ? new ReadOnlySpan<char>(lowered, Start, End - Start) : default;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsUrl => Kind == TokenKind.Url;

    public static Token ForWord(int start, int end, Script script, char[] lowered) =>
        new(TokenKind.Word, start, end, script, FunctionWords.LanguagesOf(new ReadOnlySpan<char>(lowered, start, end - start)), lowered);

    public static Token ForUrl(int start, int end, string host) => new(TokenKind.Url, start, end, Script.None, 0, host);
}

/// <summary>
/// Splits a paragraph into words and web addresses in one pass. Words are maximal runs of letters and digits
/// (a combining mark continues one; apostrophes and hyphens end one). An address is a run of non-space characters
/// holding <c>://</c> or starting <c>www.</c>, less the punctuation that closes the sentence around it; its letters
/// are not words. A bare domain such as <c>example.com</c> stays words, because prose names sites that way.
/// </summary>
internal static class TextScanner
{
    /// <summary>A longer run of non-space characters is not read as an address, so a huge token costs one pass.</summary>
    private const int MaxAddressLength = 2048;

    public static List<Token> Scan(string text)
    {
        var tokens = new List<Token>(CountWordRuns(text));
        var runs = new AddressRuns(text);
        char[]? lowered = null;
        var i = 0;
        while (i < text.Length)
        {
            if ((i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '<' or '[' or '"' or '«' or '“')
                && TryAddress(text, i, runs, out var end, out var host))
            {
                tokens.Add(Token.ForUrl(i, end, host));
                i = end;
                continue;
            }

            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var script = Script.None;
            while (i < text.Length && (IsWordCharacter(text[i]) || (i > start && IsCombiningMark(text[i]))))
            {
                if (script == Script.None)
                {
                    var at = i;
                    script = Scripts.Of(Scripts.CodePointAt(text, ref at, text.Length));
                    i = at;
                }
                else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length)
                {
                    i++;
                }

                i++;
            }

            lowered ??= new char[text.Length];
            LowerCase(text, start, i, lowered);
            tokens.Add(Token.ForWord(start, i, script, lowered));
        }

        return tokens;
    }

    /// <summary>
    /// How many runs of word characters <paramref name="text"/> has: about as many as it has tokens (an address spans
    /// several runs, a combining mark joins two into one word). The list of tokens is made that size at once rather
    /// than grown by doubling.
    /// </summary>
    private static int CountWordRuns(string text)
    {
        var runs = 0;
        var inRun = false;
        foreach (var c in text)
        {
            var isWordCharacter = IsWordCharacter(c);
            runs += isWordCharacter && !inRun ? 1 : 0;
            inRun = isWordCharacter;
        }

        return runs;
    }

    /// <summary>
    /// Lower-cases the word <c>[start, end)</c> of <paramref name="text"/> into the same place of
    /// <paramref name="lowered"/>, exactly as <see cref="string.ToLowerInvariant()"/> of the word would. Character by
    /// character is the same for every character outside a surrogate pair (the tests check them all); a word holding a
    /// pair, which the runtime may map as one code point, is lowered as a string.
    /// </summary>
    internal static void LowerCase(string text, int start, int end, char[] lowered)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                text.Substring(start, end - start).ToLowerInvariant().CopyTo(0, lowered, start, end - start);
                return;
            }

            lowered[i] = LetterCase.ToLowerInvariant(text[i]);
        }
    }

    /// <summary>The host of an address as the reader compares them: lower case, without <c>www.</c> and port.</summary>
    internal static string HostOf(string text, int start, int end)
    {
        var scheme = text.IndexOf("://", start, end - start, System.StringComparison.Ordinal);
        var from = scheme >= 0 ? scheme + 3 : start;
        var to = from;
        while (to < end && text[to] is not ('/' or '?' or '#' or ':'))
        {
            to++;
        }

        var host = text.Substring(from, to - from).ToLowerInvariant();
        return host.StartsWith("www.", System.StringComparison.Ordinal) ? host.Substring(4) : host;
    }

    /// <summary>
    /// The name a site goes by in prose: the label before its top-level domain (and before <c>co</c>, <c>com</c>,
    /// <c>org</c>… in <c>bbc.co.uk</c>), letters and digits only — <c>zp-pdl.com</c> gives <c>zppdl</c>,
    /// <c>news.bbc.co.uk</c> gives <c>bbc</c>.
    /// </summary>
    internal static string SiteName(string host)
    {
        var labels = host.Split('.');
        var last = labels.Length - 2;
        if (last >= 1 && labels[last] is "co" or "com" or "org" or "net" or "gov" or "ac" or "edu" or "gv" or "or" or "ne")
        {
            last--;
        }

        var label = last >= 0 ? labels[last] : host;
        var builder = new System.Text.StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);

    private static bool TryAddress(string text, int start, AddressRuns runs, out int end, out string host)
    {
        host = "";
        var runEnd = runs.EndOfRun(start);
        end = Math.Min(runEnd, start + MaxAddressLength);
        var isAddress = runs.NextSeparatorAfter(start) < end
            || (text[start] is 'w' or 'W' && string.Compare(text, start, "www.", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0);
        if (!isAddress)
        {
            end = start;
            return false;
        }

        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '>' or '"' or '\'' or '»' or '”')
        {
            end--;
        }

        host = HostOf(text, start, end);
        return host.Length > 0;
    }

    /// <summary>
    /// Where each run of non-space characters ends and where <c>://</c> stands in it, found once per run. An address
    /// may start at any bracket inside a run, and asking afresh from each of them would read a bracket-heavy run once
    /// per bracket.
    /// </summary>
    private sealed class AddressRuns(string text)
    {
        private readonly List<int> _separators = new();
        private int _start = -1;
        private int _end = -1;
        private int _next;

        public int EndOfRun(int position)
        {
            if (position < _start || position >= _end)
            {
                Index(position);
            }

            return _end;
        }

        /// <summary>The first <c>://</c> of the run after <paramref name="position"/>, or the run's end when none.</summary>
        public int NextSeparatorAfter(int position)
        {
            EndOfRun(position);
            while (_next < _separators.Count && _separators[_next] <= position)
            {
                _next++;
            }

            return _next < _separators.Count ? _separators[_next] : _end;
        }

        private void Index(int position)
        {
            _start = position;
            _end = position;
            _separators.Clear();
            _next = 0;
            while (_end < text.Length && !char.IsWhiteSpace(text[_end]))
            {
                if (text[_end] == ':' && string.CompareOrdinal(text, _end, "://", 0, 3) == 0)
                {
                    _separators.Add(_end);
                }

                _end++;
            }
        }
    }

    private static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
