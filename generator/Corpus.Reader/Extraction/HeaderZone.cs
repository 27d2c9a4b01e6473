using System.Collections.Generic;
using Corpus.Reading.Formats;
using Corpus.Reading.Model;

namespace Corpus.Reading.Extraction;

/// <summary>What the header zone gave: the byline's authors, the dates (with the block each came from), and pictures.</summary>
internal sealed class HeaderReading
{
    public List<AuthorModel>? Authors { get; set; }

    public List<(LabelledDate Date, DocumentBlock Block)> Dates { get; } = new();

    public List<(int Index, ImageModel Image)> Images { get; } = new();

    /// <summary>The index of the first paragraph of running text, where a dateline can stand; -1 when there is none.</summary>
    public int FirstBodyIndex { get; set; } = -1;
}

/// <summary>
/// The header zone is the run of blocks after the title and before the first paragraph of running text
/// (<see cref="ParagraphShape.IsRunningText"/>), at most <see cref="MaxBlocks"/> blocks. News pages, blogs and copied web
/// text put their furniture there in any order: a byline, a date line, a picture with its caption. Each block the zone's
/// readers recognise is taken out of the body; a block they do not recognise (a subtitle, a standfirst, a kicker) stays
/// in the body, and the zone goes on past it. Running text ends the zone even when it would match a reader, so that
/// nothing past the headline's furniture is ever read as furniture.
/// </summary>
internal static class HeaderZone
{
    public const int MaxBlocks = 12;

    public static HeaderReading Read(IReadOnlyList<DocumentBlock> blocks, int start, bool[] taken)
    {
        var header = new HeaderReading();
        var end = System.Math.Min(blocks.Count, start + MaxBlocks);
        for (var i = start; i < end; i++)
        {
            var block = blocks[i];
            if (taken[i] || block.Kind == BlockKind.Separator)
            {
                continue;
            }

            if (ImageReader.ReadImageBlock(block) is { } images)
            {
                i = TakeImages(blocks, i, images, taken, header.Images);
                continue;
            }

            if (BylineReader.Read(block) is { } byline)
            {
                taken[i] = true;
                if (header.Authors is null && byline.Authors.Count > 0)
                {
                    header.Authors = new List<AuthorModel>(byline.Authors);
                }

                foreach (var date in byline.Dates)
                {
                    header.Dates.Add((date, block));
                }

                continue;
            }

            if (block.Kind is not (BlockKind.ListItem or BlockKind.Code) && HeaderDateReader.Read(block.Text) is { } dates)
            {
                taken[i] = true;
                foreach (var date in dates)
                {
                    header.Dates.Add((date, block));
                }

                continue;
            }

            if (ImageReader.ReadCreditedCaption(block) is { } caption)
            {
                taken[i] = true;
                header.Images.Add((i, caption));
                continue;
            }

            if (ParagraphShape.IsRunningText(block))
            {
                header.FirstBodyIndex = i;
                return header;
            }
        }

        header.FirstBodyIndex = FirstParagraph(blocks, start, taken);
        return header;
    }

    /// <summary>
    /// Takes a block of Markdown images, with the next block as the caption of the last of them when it reads as one;
    /// returns the index of the last block taken.
    /// </summary>
    public static int TakeImages(IReadOnlyList<DocumentBlock> blocks, int index, IReadOnlyList<InlineSegment> images, bool[] taken, List<(int, ImageModel)> into)
    {
        taken[index] = true;
        var next = index + 1;
        var caption = next < blocks.Count && !taken[next] ? ImageReader.ReadCaptionAfterImage(blocks[next]) : null;
        for (var k = 0; k < images.Count; k++)
        {
            var image = images[k];
            var alt = image.Text.Trim().Length > 0 ? Text.TextCleaner.Clean(image.Text) : null;
            var url = WebAddress.AbsoluteOrNull(image.Url);
            into.Add((index, k == images.Count - 1 && caption is not null ? caption with { Url = url } : new ImageModel(alt, null, url)));
        }

        if (caption is null)
        {
            return index;
        }

        taken[next] = true;
        return next;
    }

    private static int FirstParagraph(IReadOnlyList<DocumentBlock> blocks, int start, bool[] taken)
    {
        for (var i = start; i < blocks.Count; i++)
        {
            if (!taken[i] && blocks[i].Kind == BlockKind.Paragraph)
            {
                return i;
            }
        }

        return -1;
    }
}
