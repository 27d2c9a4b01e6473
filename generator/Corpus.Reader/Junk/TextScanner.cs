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

    /// <summary>A list of tokens kept for reuse up to this many; a longer one is left to the collector.</summary>
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>
    /// The tokens of the paragraph being scanned, kept per thread: copying them out at their exact count costs less
    /// than counting the word runs in a pass of their own beforehand or growing the list by doubling.
    /// </summary>
    [ThreadStatic]
    private static List<Token>? Scratch;

    public static List<Token> Scan(string text)
    {
        var tokens = Scratch ?? new List<Token>();
        Scratch = null;
        var runs = new AddressRuns(text);
        char[]? lowered = null;
        var i = 0;
        while (i < text.Length)
        {
            if ((i == 0 || TextCleaner.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '<' or '[' or '"' or '«' or '“')
                && runs.MayStartAt(i)
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

        var result = new List<Token>(tokens);
        if (tokens.Capacity <= MaxKeptTokens)
        {
            tokens.Clear();
            Scratch = tokens;
        }

        return result;
    }

    /// <summary>
    /// Lower-cases the word <c>[start, end)</c> of <paramref name="text"/> into the same place of
    /// <paramref name="lowered"/>, exactly as <see cref="string.ToLowerInvariant()"/> of the word would. Character by
    /// character is the same for every character outside a surrogate pair (the tests check them all); a word holding a
    /// pair, which the runtime may map as one code point, is lowered as a string. ASCII, most words' letters, is
    /// lowered here without a call.
    /// </summary>
    internal static void LowerCase(string text, int start, int end, char[] lowered)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < '\u0080')
            {
                lowered[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
            }
            else if (char.IsSurrogate(c))
            {
                text.Substring(start, end - start).ToLowerInvariant().CopyTo(0, lowered, start, end - start);
                return;
            }
            else
            {
                lowered[i] = LetterCase.ToLowerInvariant(c);
            }
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
        end = start;
        var isAddress = runs.SeparatorFollows(start)
            || (text[start] is 'w' or 'W' && string.Compare(text, start, "www.", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0);
        if (!isAddress)
        {
            return false;
        }

        end = Math.Min(runs.EndOfRun(start), start + MaxAddressLength);
        while (end > start && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '>' or '"' or '\'' or '»' or '”')
        {
            end--;
        }

        host = HostOf(text, start, end);
        return host.Length > 0;
    }

    /// <summary>
    /// Where the text's <c>://</c> stand and where its runs of non-space characters end, each found once. Most of a
    /// paragraph is far from any <c>://</c> and has no <c>www.</c>: there no run is read for an address at all. Near
    /// one, an address may start at any bracket inside a run, and asking afresh from each of them would read a
    /// bracket-heavy run once per bracket.
    /// </summary>
    private sealed class AddressRuns(string text)
    {
        private int _start = -1;
        private int _end = -1;

        /// <summary>The first <c>://</c> after the last position asked about; <see cref="int.MaxValue"/> when none.</summary>
        private int _separator = -1;

        /// <summary>From here to <see cref="_separator"/> there is no white space; read backwards, once per separator.</summary>
        private int _clearFrom;

        /// <summary>True when the white space just before <see cref="_clearFrom"/> has been found.</summary>
        private bool _blocked;

        /// <summary>
        /// False when no address can start at <paramref name="position"/>: no <c>://</c> follows near enough and no
        /// <c>www.</c> starts there. Positions are asked about in increasing order.
        /// </summary>
        public bool MayStartAt(int position)
        {
            if (_separator <= position)
            {
                _separator = text.IndexOf("://", position + 1, StringComparison.Ordinal);
                _separator = _separator < 0 ? int.MaxValue : _separator;
                _clearFrom = _separator;
                _blocked = false;
            }

            return _separator - position < MaxAddressLength || text[position] is 'w' or 'W';
        }

        /// <summary>True when a <c>://</c> follows <paramref name="position"/> in its run, within an address's length.</summary>
        public bool SeparatorFollows(int position)
        {
            if (_separator - position >= MaxAddressLength)
            {
                return false;
            }

            while (!_blocked && _clearFrom > position)
            {
                if (TextCleaner.IsWhiteSpace(text[_clearFrom - 1]))
                {
                    _blocked = true;
                }
                else
                {
                    _clearFrom--;
                }
            }

            return position >= _clearFrom;
        }

        public int EndOfRun(int position)
        {
            if (position < _start || position >= _end)
            {
                _start = position;
                _end = position;
                while (_end < text.Length && !TextCleaner.IsWhiteSpace(text[_end]))
                {
                    _end++;
                }
            }

            return _end;
        }
    }

    /// <summary>No character below U+0300, where the combining diacritical marks begin, is one.</summary>
    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
