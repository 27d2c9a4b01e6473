using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Reading.Text;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Tells a person's or desk's name from other words in a byline, the way bylines of English and Russian news,
/// blogs and wire copy write them: one to six words, each capitalised (<c>Howard Amos</c>, <c>Jean-Pierre O'Neil</c>,
/// <c>Мария Иванова</c>) apart from name particles (<c>de</c>, <c>van</c>, <c>bin</c>), with initials
/// (<c>John F. Smith</c>) and no digits. A lone date word, <c>Staff</c>, <c>Updated</c> or a reading time is furniture,
/// never a name; a role that names a desk (<c>Staff Reporter</c>, <c>Our Correspondent</c>) is kept as written.
/// </summary>
internal static class PersonNames
{
    public const int MaxWords = 6;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "del", "della", "der", "den", "des", "du", "dos", "das", "do", "van", "von", "la", "le", "lo",
        "bin", "ibn", "al", "el", "y", "e", "zu", "ter", "ten", "st.", "bint", "ben", "af", "av",
    };

    /// <summary>Words that stand where a name would but are page furniture.</summary>
    private static readonly HashSet<string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "admin", "administrator", "editor", "editors", "updated", "published", "posted", "anonymous", "unknown",
        "guest", "author", "reporter", "correspondent", "minute read", "min read", "minutes read", "read more",
        "редакция", "автор", "корреспондент", "обновлено", "опубликовано",
    };

    /// <summary>Words that make a comma-separated byline part a role or an affiliation rather than another name.</summary>
    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
        "columnist", "contributor", "contributing", "chief", "bureau", "analyst", "critic", "producer", "journalist",
        "photographer", "special", "senior", "associate", "deputy", "managing", "political", "diplomatic", "economics",
        "foreign", "science", "business", "sports", "health", "technology", "desk", "team", "intern", "freelance",
        "in", "for", "at", "from", "the", "of",
        "корреспондент", "обозреватель", "редактор", "журналист", "специально", "для",
    };

    /// <summary>Whether <paramref name="text"/> can stand in a byline as a name (a person, or a desk written as a role).</summary>
    public static bool IsName(string text)
    {
        var words = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords || text.Length > 60)
        {
            return false;
        }

        var capitalised = 0;
        foreach (var word in words)
        {
            if (!IsNameWord(word))
            {
                return false;
            }

            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
            else if (!Particles.Contains(word.ToLowerInvariant()))
            {
                return false;
            }
        }

        return capitalised > 0 && char.IsUpper(words[words.Length - 1][0]);
    }

    /// <summary>Whether <paramref name="text"/> is furniture in a name's place: <c>Staff</c>, <c>Updated</c>, a date word, a reading time.</summary>
    public static bool IsFurniture(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        if (Furniture.Contains(trimmed) || DateReader.Read(trimmed).Status != DateStatus.NotADate)
        {
            return true;
        }

        if (trimmed.IndexOf(' ') < 0 && (CalendarWords.IsWeekday(trimmed) || CalendarWords.Month(trimmed) > 0))
        {
            return true;
        }

        // "5 min read", "Minute read", "3 minutes to read": a reading time.
        var lower = trimmed.ToLowerInvariant();
        return (lower.EndsWith(" read", StringComparison.Ordinal) && (lower.Contains("min") || HasDigit(lower)))
            || lower.StartsWith("updated ", StringComparison.Ordinal)
            || lower.StartsWith("published ", StringComparison.Ordinal);
    }

    /// <summary>Whether a comma-separated part after a name is the person's role or employer (<c>Staff Writer</c>, <c>The Moscow Times</c>).</summary>
    public static bool IsRole(string text)
    {
        if (NewsAgencies.IsAgency(text))
        {
            return true;
        }

        foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (RoleWords.Contains(word.TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name written in capitals (<c>BY HOWARD AMOS</c>) in the case names are usually written in; a wire service's
    /// acronym (<c>AP</c>) and names in mixed case are kept as written.
    /// </summary>
    public static string NormaliseCase(string name)
    {
        if (NewsAgencies.IsAgency(name) || !LetterCase.IsAllUpper(name))
        {
            return name;
        }

        var builder = new StringBuilder(name.Length);
        var startOfWord = true;
        foreach (var c in name)
        {
            builder.Append(startOfWord ? c : LetterCase.ToLowerInvariant(c));
            startOfWord = !char.IsLetter(c);
        }

        return builder.ToString();
    }

    private static bool IsNameWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c is not ('-' or '\'' or '\u2019' or '.'))
            {
                return false;
            }
        }

        return letters > 0 && char.IsLetter(word[0]);
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
