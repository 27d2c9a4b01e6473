using System.Collections.Generic;

namespace Corpus.Reading.Junk;

/// <summary>How a furniture phrase marks the block it is found in.</summary>
internal enum FurnitureClue
{
    /// <summary>
    /// A label that is furniture only when it is the whole block, give or take a count or a word: "Share",
    /// "Contact us", "Comments (12)", "Related stories". Inside a sentence the same words are ordinary prose.
    /// </summary>
    Label,

    /// <summary>
    /// A phrase that marks a short block (up to <see cref="BoilerplateLexicon.MaxMarkedWords"/> words) as furniture
    /// wherever it stands: "leave a comment", "sign up for our newsletter", "читайте также".
    /// </summary>
    Marker,

    /// <summary>
    /// A phrase of the notices sites wrap around every page — cookies, copyright, newsletters, comment rules —
    /// which run longer; it marks a block of up to <see cref="BoilerplateLexicon.MaxNoticeWords"/> words.
    /// </summary>
    Notice,
}

/// <summary>
/// Phrases of site furniture in English, Russian, German, French and Spanish (and the commonest in Ukrainian,
/// Italian, Portuguese and Polish): comment forms, share and follow buttons, related-story and "read also" lists,
/// navigation labels, subscription, cookie and copyright notices. Each family is what scraped news pages carry
/// above and below the article; a phrase is listed only when an article's own sentences rarely say it.
/// </summary>
internal static class BoilerplateLexicon
{
    /// <summary>The longest block a <see cref="FurnitureClue.Marker"/> phrase marks.</summary>
    public const int MaxMarkedWords = 40;

    /// <summary>The longest block a <see cref="FurnitureClue.Notice"/> phrase marks.</summary>
    public const int MaxNoticeWords = 90;

    private static readonly string[] Labels =
    [
        // en
        "share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
        "tweet", "email", "print", "print this", "comments", "comment", "contact us", "contact", "about us", "home",
        "menu", "search", "login", "log in", "sign in", "register", "sign up", "subscribe", "subscribe now",
        "read more", "more", "related", "related stories", "related articles", "related news", "related posts",
        "related content", "more stories", "more news", "more from", "top stories", "most read", "most popular",
        "trending", "latest news", "recommended", "recommended for you", "you may also like", "you might also like",
        "see also", "also read", "next article", "previous article", "next", "previous", "back to top", "advertisement",
        "sponsored", "sponsored content", "sign petition", "sign the petition", "donate", "donate now", "support us",
        "tags", "topics", "filed under", "follow us", "newsletter", "privacy policy", "terms of use", "terms of service",
        "cookie policy", "sitemap", "rss", "feedback", "archive", "copyright", "all rights reserved", "skip to content",
        "skip to main content", "toggle navigation", "main menu", "load more", "show comments", "hide comments",
        "reply", "like", "permalink",
        // ru / uk
        "поделиться", "комментарии", "комментарий", "распечатать", "печать", "версия для печати", "контакты",
        "о нас", "главная", "поиск", "вход", "войти", "регистрация", "подписаться", "читать далее", "подробнее",
        "читайте также", "смотрите также", "похожие новости", "похожие статьи", "другие новости", "популярное",
        "последние новости", "реклама", "теги", "метки", "ответить", "наверх", "коментарі", "поділитися",
        "читайте також", "новини", "головна",
        // de
        "teilen", "drucken", "kommentare", "kommentar", "kontakt", "impressum", "datenschutz", "startseite", "suche",
        "anmelden", "registrieren", "abonnieren", "weiterlesen", "mehr zum thema", "das könnte sie auch interessieren",
        "ähnliche artikel", "verwandte artikel", "meistgelesen", "anzeige", "werbung", "nach oben", "schlagworte",
        // fr
        "partager", "imprimer", "commentaires", "commentaire", "contactez nous", "accueil", "rechercher", "connexion",
        "s inscrire", "s abonner", "lire la suite", "lire aussi", "à lire aussi", "a lire aussi", "articles similaires",
        "sur le même sujet", "les plus lus", "publicité", "haut de page", "mentions légales", "voir aussi",
        // es / pt / it / pl
        "compartir", "imprimir", "comentarios", "comentario", "contacto", "contáctenos", "inicio", "buscar",
        "iniciar sesión", "registrarse", "suscribirse", "suscríbete", "leer más", "seguir leyendo", "noticias relacionadas",
        "artículos relacionados", "te puede interesar", "lo más leído", "publicidad", "volver arriba", "etiquetas",
        "compartilhar", "comentários", "leia mais", "leia também", "notícias relacionadas", "condividi", "commenti",
        "leggi anche", "articoli correlati", "udostępnij", "komentarze", "czytaj także", "czytaj też", "zobacz też",
    ];

    private static readonly string[] Markers =
    [
        // en: comment forms
        "place your comment", "post your comment", "add your comment", "leave a comment", "leave a reply",
        "leave your comment", "write a comment", "add a comment", "post a comment", "your comment", "comment below",
        "comments below", "fill your data", "fill in your data", "fill in your details", "fill in the form",
        "required fields are marked", "your email address will not be published", "you must be logged in",
        "be the first to comment", "no comments yet", "join the discussion", "join the conversation",
        "will not be published", "не будет опубликован", "wird nicht veröffentlicht", "ne sera pas publiée",
        "no será publicada", "no será publicado", "não será publicado", "non sarà pubblicato",
        "nie zostanie opublikowany",
        // en: share, follow, read on
        "share this article", "share this story", "share on facebook", "share on twitter", "share via email",
        "follow us on", "like us on facebook", "join us on facebook", "find us on facebook", "please read below",
        "read below", "click here to read", "click here for more", "continue reading", "read the full story",
        "read the full article", "related stories", "related articles", "more on this story", "more from our",
        "you may also like", "you might also like", "recommended for you", "sign the petition", "sign our petition",
        "back to top", "skip to content", "this story has been shared", "tips for this story",
        // ru / uk
        "оставить комментарий", "оставьте комментарий", "ваш комментарий", "добавить комментарий",
        "написать комментарий", "комментарии для сайта", "поделиться в", "поделитесь с друзьями",
        "подписывайтесь на нас", "подписывайтесь на наш", "подпишитесь на наш", "присоединяйтесь к нам",
        "читайте также", "читайте нас в", "смотрите также", "похожие новости", "похожие статьи", "новости партнеров",
        "новости партнёров", "следите за нами", "залишити коментар", "читайте також", "підписуйтесь на",
        // de
        "kommentar schreiben", "kommentar verfassen", "ihr kommentar", "artikel teilen", "folgen sie uns",
        "mehr zum thema", "das könnte sie auch interessieren", "ähnliche artikel", "lesen sie auch", "auch interessant",
        // fr
        "laisser un commentaire", "laissez un commentaire", "votre commentaire", "ajouter un commentaire",
        "partager cet article", "suivez nous", "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet",
        "vous aimerez aussi", "articles similaires",
        // es / pt / it / pl
        "deja un comentario", "deja tu comentario", "dejar un comentario", "tu comentario", "escribe un comentario",
        "comparte este artículo", "comparte esta noticia", "síguenos en", "siguenos en", "noticias relacionadas",
        "te puede interesar", "también te puede interesar", "lee también", "deixe seu comentário", "deixe um comentário",
        "siga nos", "leia também", "lascia un commento", "seguici su", "leggi anche", "dodaj komentarz", "czytaj także",
    ];

    private static readonly string[] Notices =
    [
        // cookies and privacy
        "we use cookies", "this site uses cookies", "this website uses cookies", "uses cookies", "use of cookies",
        "accept cookies", "cookie policy", "cookie settings", "privacy policy", "мы используем cookie",
        "использует cookie", "файлы cookie", "файлы куки", "wir verwenden cookies", "verwendet cookies",
        "nous utilisons des cookies", "utilise des cookies", "utilizamos cookies", "utiliza cookies",
        "utilizziamo i cookie", "używamy plików cookies", "używamy cookies",
        // newsletters and subscriptions
        "sign up for our newsletter", "subscribe to our newsletter", "sign up to our newsletter", "our daily newsletter",
        "get our newsletter", "newsletter sign up", "enter your email", "your inbox", "подпишитесь на рассылку",
        "подписаться на рассылку", "newsletter abonnieren", "melden sie sich für unseren newsletter",
        "abonnez vous à notre newsletter", "inscrivez vous à notre newsletter", "suscríbete a nuestro boletín",
        "suscríbete a nuestra newsletter", "iscriviti alla newsletter", "zapisz się do newslettera",
        // copyright and reuse
        "all rights reserved", "все права защищены", "при использовании материалов", "при перепечатке",
        "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados", "todos os direitos reservados",
        "tutti i diritti riservati", "wszelkie prawa zastrzeżone", "may not be published broadcast rewritten",
        "may not be reproduced",
        // comment rules
        "comments are moderated", "comment policy", "community guidelines", "комментарии модерируются",
        "правила комментирования",
    ];

    public static PhraseLexicon<FurnitureClue> Instance { get; } = new(Entries());

    private static IEnumerable<(string, FurnitureClue)> Entries()
    {
        foreach (var phrase in Notices)
        {
            yield return (phrase, FurnitureClue.Notice);
        }

        foreach (var phrase in Markers)
        {
            yield return (phrase, FurnitureClue.Marker);
        }

        foreach (var phrase in Labels)
        {
            yield return (phrase, FurnitureClue.Label);
        }
    }
}
