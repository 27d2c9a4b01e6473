using System.Text;
using YamlDotNet.RepresentationModel;

namespace Corpus.Reading.Extraction;

/// <summary>
/// Writes a front-matter value as one line of text for <c>Metadata</c>: a scalar as written; a list as
/// <c>[a, b]</c>; a mapping as <c>{key: value, other: [x, y]}</c>, keys in file order. An item is put in double quotes
/// (with <c>\"</c>, <c>\\</c> and <c>\n</c> escaped) when it is empty or holds <c>, [ ] { } : " \</c>, a line break, or
/// space at either end, so the text can be read back unambiguously. The same YAML always gives the same text.
/// </summary>
internal static class YamlCompactText
{
    /// <summary>Deeper nesting is cut off as <c>…</c>: front matter is shallow, and an alias can make a node contain itself.</summary>
    public const int MaxDepth = 16;

    public static string Write(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        var builder = new StringBuilder();
        Append(node, builder, 0);
        return builder.ToString();
    }

    private static void Append(YamlNode node, StringBuilder builder, int depth)
    {
        if (depth > MaxDepth)
        {
            builder.Append('…');
            return;
        }

        switch (node)
        {
            case YamlSequenceNode sequence:
                builder.Append('[');
                var first = true;
                foreach (var child in sequence.Children)
                {
                    builder.Append(first ? "" : ", ");
                    first = false;
                    Append(child, builder, depth + 1);
                }

                builder.Append(']');
                break;
            case YamlMappingNode mapping:
                builder.Append('{');
                var firstEntry = true;
                foreach (var entry in mapping.Children)
                {
                    builder.Append(firstEntry ? "" : ", ");
                    firstEntry = false;
                    Append(entry.Key, builder, depth + 1);
                    builder.Append(": ");
                    Append(entry.Value, builder, depth + 1);
                }

                builder.Append('}');
                break;
            case YamlScalarNode scalar:
                AppendItem(scalar.Value ?? "", builder);
                break;
            default:
                builder.Append('…');
                break;
        }
    }

    private static void AppendItem(string value, StringBuilder builder)
    {
        if (!NeedsQuotes(value))
        {
            builder.Append(value);
            return;
        }

        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            return true;
        }

        foreach (var c in value)
        {
            if (c is ',' or '[' or ']' or '{' or '}' or ':' or '"' or '\n' or '\r' or '\\')
            {
                return true;
            }
        }

        return false;
    }
}
