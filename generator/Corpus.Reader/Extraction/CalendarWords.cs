using System.Collections.Generic;

namespace Corpus.Reading.Extraction;

/// <summary>
/// The month and weekday words dates are written with in English and Russian news copy: full names, the usual
/// abbreviations (<c>Feb</c>, <c>Sept</c>, <c>Thurs</c>), and for Russian the genitive that follows a day number
/// (<c>15 февраля</c>) as well as the nominative and the short forms news agencies use (<c>15 фев</c>).
/// </summary>
internal static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly HashSet<string> Weekdays = new(System.StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "пн", "вт", "ср", "чт", "пт", "сб", "вс",
    };

    /// <summary>The month (1–12) a word names, ignoring case and a trailing abbreviation dot; 0 when it names none.</summary>
    public static int Month(string word)
    {
        var key = Normalize(word);
        return Months.TryGetValue(key, out var month) ? month : 0;
    }

    public static bool IsWeekday(string word) => Weekdays.Contains(Normalize(word));

    private static string Normalize(string word) => word.TrimEnd('.').ToLowerInvariant();

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        {
            new[] { "january", "jan", "января", "январь", "янв" },
            new[] { "february", "feb", "февраля", "февраль", "фев", "февр" },
            new[] { "march", "mar", "марта", "март", "мар" },
            new[] { "april", "apr", "апреля", "апрель", "апр" },
            new[] { "may", "мая", "май" },
            new[] { "june", "jun", "июня", "июнь", "июн" },
            new[] { "july", "jul", "июля", "июль", "июл" },
            new[] { "august", "aug", "августа", "август", "авг" },
            new[] { "september", "sep", "sept", "сентября", "сентябрь", "сен", "сент" },
            new[] { "october", "oct", "октября", "октябрь", "окт" },
            new[] { "november", "nov", "ноября", "ноябрь", "ноя", "нояб" },
            new[] { "december", "dec", "декабря", "декабрь", "дек" },
        };
        var months = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }
}
