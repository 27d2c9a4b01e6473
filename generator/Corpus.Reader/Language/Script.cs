namespace Corpus.Reading.Language;

/// <summary>
/// The writing system a letter belongs to. Only letters have a script: digits, punctuation, symbols, spaces and
/// combining marks are <see cref="None"/>, so that they never decide which script a run of text is in.
/// </summary>
public enum Script
{
    /// <summary>Not a letter, or no letters at all.</summary>
    None = 0,

    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Georgian,
    Hebrew,
    Arabic,

    /// <summary>The Brahmic scripts of South Asia (Devanagari, Bengali, Tamil, …), U+0900–U+0DFF.</summary>
    Indic,

    Thai,

    /// <summary>Korean syllables and jamo.</summary>
    Hangul,

    /// <summary>Japanese hiragana and katakana.</summary>
    Kana,

    /// <summary>Chinese characters, as used in Chinese and Japanese (and in older Korean).</summary>
    Han,

    /// <summary>A letter of any other script.</summary>
    Other,
}
