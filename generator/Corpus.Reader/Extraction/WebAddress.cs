using System;

namespace Corpus.Reading.Extraction;

/// <summary>Web addresses as articles give them: only absolute <c>http</c>/<c>https</c> addresses are kept.</summary>
internal static class WebAddress
{
    /// <summary><paramref name="text"/> when it is an absolute http(s) address; otherwise <see langword="null"/>.</summary>
    public static string? AbsoluteOrNull(string? text)
    {
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length == 0 || trimmed.IndexOf(' ') >= 0)
        {
            return null;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? trimmed
            : null;
    }

    /// <summary>The host of an absolute address, lower case, without a leading <c>www.</c>; <see langword="null"/> for anything else.</summary>
    public static string? HostOf(string? url)
    {
        if (AbsoluteOrNull(url) is not { } absolute || !Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;
    }
}
