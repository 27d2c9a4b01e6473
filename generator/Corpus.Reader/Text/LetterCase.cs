namespace Corpus.Reading.Text;

/// <summary>Questions about the case of a text's letters, as bylines and datelines ask them.</summary>
internal static class LetterCase
{
    /// <summary>True when the text has at least two letters and every letter is upper case (<c>LONDON</c>, <c>BY JOHN SMITH</c>).</summary>
    public static bool IsAllUpper(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
