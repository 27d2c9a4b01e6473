using System;
using System.Collections.Generic;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Wire services whose names close or open agency copy (<c>(Reuters)</c>, <c>— AP</c>, <c>/ТАСС/</c>). Only a bare
/// credit that is not in parentheses, or one stuck to the end of a paragraph, has to be one of these: a parenthesised
/// credit line of its own (<c>(Reuters, MT)</c>) is recognised by its shape and may name any desk.
/// </summary>
internal static class NewsAgencies
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "Reuters", "Thomson Reuters", "AP", "Associated Press", "The Associated Press", "AFP", "Agence France-Presse",
        "Bloomberg", "Bloomberg News", "UPI", "United Press International", "dpa", "Deutsche Presse-Agentur", "ANSA",
        "EFE", "Kyodo", "Kyodo News", "Xinhua", "PA", "PA Media", "Press Association", "AAP", "CP", "The Canadian Press",
        "Yonhap", "ANI", "PTI", "IANS", "Anadolu", "Anadolu Agency", "Interfax", "Interfax-Ukraine", "TASS", "ITAR-TASS",
        "RIA Novosti", "RIA-Novosti", "RIA", "Prime", "Ukrinform", "UNIAN", "BelTA", "Kazinform",
        "ТАСС", "ИТАР-ТАСС", "РИА Новости", "РИА", "Интерфакс", "Прайм", "Укринформ", "УНИАН", "БелТА",
    };

    public static bool IsAgency(string name) => Names.Contains(name.Trim());
}
