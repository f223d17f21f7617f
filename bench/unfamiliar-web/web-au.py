"""Web au: twelve Latin American regional/national papers (es, pt), each on
the kind of CMS such papers run.
- Mexico (127.0.4.191), WordPress + Jannah: "lunes 3 de marzo de 2025 | 18:24
  hrs.", a "today" top-bar date, Yoast times in UTC (+00:00: evening story
  is "next day"), a desk story by WP user "Redacción", a corresponsal.
- Chile (.192), in-house PHP: no JSON-LD, only the visible "| 18:24 hrs."
  line, "Texto: X / Fotos: Y", masthead date, e-paper, clasificados.
- Peru (.193), Arc-like: times in UTC ("...Z"), only "Actualizado el ..."
  visible (a day later), "T | AREQUIPA | SITE", "Redacción EO" as a Person.
- Colombia (.194), WordPress Newspaper (td): td user "Redacción Web" while
  the text opens "Por: Carlos ..."; one fresh story shown as "Actualizado
  hace 2 horas"; "Te puede interesar" box inside the post content.
- Venezuela (.195), Drupal 9: field--name-field-autor with "corresponsal en",
  "03/03/2025 - 18:24" and <time datetime> in UTC, metatag offset "-0400".
- Uruguay (.196), Joomla 3: "Escrito por Administrador" (meta author too)
  while the text says "Por Martín Suárez"; h2 headline, "Publicado: 03 Marzo".
- Ecuador (.197), WordPress Newsmag: an EFE cable (user "EFE"), the ORIGINAL
  of the syndicated pair; Guatemala (.198), in-house: the same cable
  "Por Agencia EFE" three and a half hours later (synd copy), "Publicado el
  3 mar 2025 a las 18:24", sloppy JSON-LD without zone.
- Cuba (.199), Granma-like: "Autor: X | mail" lines (two for two authors),
  "3 de febrero de 2025 21:02:15", title "T › Cuba › Site", an RSS in GMT.
- Brazil: Minas (.200) "Da Redação" with an Organization author, "Ana
  Luiza Prado*" with an intern footnote; Pernambuco (.201) Newspaper tdb
  "há 3 horas", "expediente" staff page; Rio Grande do Sul (.202) GZH-like
  "3 mar 2025 - 18h24", two authors in one JSON-LD Person.
Non-articles: home, sections, tags, authors, esquelas/obituário, horóscopo,
clasificados, edición impresa, columnistas, quiénes somos, privacidad.
First crawl (/tmp/newsroom): titles 36/36, dates 36/36, authors 23/36 (desk
names kept, corresponsal line, Joomla user, second "Autor:"), 7 of 130
non-articles stored (horóscopo, privacy, obituário, expediente, columnistas).
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page, shuffled  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18125
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)

DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def es_long(d):
    return "%s %d de %s de %d" % (DIAS[d.weekday()], d.day, MESES[d.month - 1], d.year)


def iso(d):
    return d.isoformat()


def utcz(d, ms=False):
    u = d.astimezone(datetime.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000Z" if ms else "Z")


def utc00(d):
    return d.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def tz(h):
    return datetime.timezone(datetime.timedelta(hours=h))


class Story:
    def __init__(self, slug, title, dek, when, authors, paras, sec, tags=(), byline="", author_path=None,
                 extra=None, must=None, must_not=None, stated_zone=True, tail=None):
        self.slug, self.title, self.dek, self.when = slug, title, dek, when
        self.authors, self.paras, self.sec, self.tags = authors, paras, sec, list(tags)
        self.byline, self.author_path, self.extra = byline, author_path, extra or {}
        self.must, self.must_not, self.stated_zone, self.tail = must, must_not, stated_zone, tail
        self.path = None

    def body(self):
        if self.extra.get("verbatim"):
            return list(self.paras)
        p1, p2, p3 = self.paras
        mix = shuffled(p1 + " " + p2, len(self.slug) * 7 + len(self.title))
        out = [p1, p2, mix, p3]
        return out


class Site:
    lang = "es"

    def __init__(self, n, name):
        self.host = "127.0.4.%d" % n
        self.name = name
        self.stories = []
        self.nav = []      # (path, label) for menus
        self.extra_links = []  # non-article pages linked from home/footer

    def url(self, p):
        return U(self.host, p)

    def paras_html(self, ps, cls=None):
        c = ' class="%s"' % cls if cls else ""
        return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)

    def add(self, st, path, orig_of=None, synd_orig=None):
        st.path = path
        self.stories.append(st)
        st.site = self
        self.pending = getattr(self, "pending", []) + [(st, synd_orig)]

    def others(self, st, n=4):
        return [o for o in self.stories if o is not st][:n]

    def write_stories(self):
        for st, synd_orig in self.pending:
            doc = self.article(st)
            write_page(OUT, self.host, fs(st.path), doc)
            if synd_orig:
                truth["synd"].append(dict(copy=self.url(st.path), orig=synd_orig))
                continue
            local = st.when
            a = dict(url=self.url(st.path), title=st.title, date=local.strftime("%Y-%m-%d"), authors=st.authors)
            if st.stated_zone:
                a["instant"] = st.when.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")
            if st.must:
                a["must"] = st.must
            if st.must_not:
                a["must_not"] = st.must_not
            truth["articles"].append(a)
            words = sum(len(p.split()) for p in st.body())
            assert 150 <= words <= 400, (st.slug, words)

    def non(self, path, title, inner, head="", link=True, cls=""):
        write_page(OUT, self.host, fs(path), self.shell(title, inner, head, cls or "page"))
        truth["nonarticles"].append(self.url(path))
        if link:
            self.extra_links.append((path, title.split(self.sep)[0].strip()))

    def teasers(self, sts, fmt=None):
        return "".join('<article class="teaser"><h3><a href="%s">%s</a></h3><p>%s</p></article>' % (
            s.path, E(s.title), E(s.dek)) for s in sts)

    def fronts(self):
        """Section fronts, tag pages and author pages from the stories."""
        secs, tags, auths = {}, {}, {}
        for s in self.stories:
            secs.setdefault(s.sec, []).append(s)
            for t in s.tags:
                tags.setdefault(t, []).append(s)
            for ap in ([s.author_path] if s.author_path else []) + s.extra.get("author_pages", []):
                auths.setdefault(tuple(ap), []).append(s)
        for (p, label), sts in secs.items():
            self.non(p, label + self.sep + self.name, '<h1 class="section-title">%s</h1>%s' % (E(label), self.teasers(sts)), cls="archive category")
        for (p, label), sts in tags.items():
            self.non(p, label + self.sep + self.name, '<h1 class="tag-title">%s: %s</h1>%s' % ("Tag" if self.lang.startswith("pt") else "Etiqueta", E(label), self.teasers(sts)), cls="archive tag", link=False)
        for (p, label), sts in auths.items():
            self.non(p, label + self.sep + self.name, '<div class="author-box"><h1 class="author-title">%s</h1><p class="author-bio">%s</p></div>%s' % (
                E(label), E(self.bio(label)), self.teasers(sts)), cls="archive author", link=False)

    def bio(self, name):
        return "%s es periodista de %s y cubre temas de ciudad, servicios públicos y comunidades." % (name, self.name)

    def home(self):
        sts = sorted(self.stories, key=lambda s: s.when, reverse=True)
        lis = self.teasers(sts)
        more = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.extra_links)
        doc = self.shell(self.name + self.sep + self.home_tag, '<section class="portada"><h2 class="block-title">Lo último</h2>%s</section><ul class="servicios">%s</ul>' % (lis, more), "", "home")
        write_page(OUT, self.host, "/", doc)
        truth["nonarticles"].append(self.url("/"))

    home_tag = "Noticias"
    sep = " | "

    def rss(self, path, gmt=False):
        items = ""
        for s in self.stories:
            d = s.when.astimezone(datetime.timezone.utc) if gmt else s.when
            items += "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>" % (
                E(s.title), E(self.url(s.path)), d.strftime("%a, %d %b %Y %H:%M:%S ") + (d.strftime("%z") if not gmt else "+0000"), E(s.dek))
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link><language>%s</language>%s</channel></rss>' % (
            E(self.name), self.url("/"), self.lang, items))

    def sitemap(self):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (E(self.url(s.path)), iso(s.when)) for s in self.stories)
        write_page(OUT, self.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        write_page(OUT, self.host, "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nSitemap: %s\n" % self.url("/sitemap.xml"))

    def finish(self):
        self.write_stories()
        self.fronts()
        self.themed()
        self.home()


# ---------------------------------------------------------------- Mexico: Jannah
class Jannah(Site):
    sep = " - "
    home_tag = "Noticias de León y Guanajuato"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        side = "".join('<li class="widget-single-post-item"><div class="post-widget-body"><a class="post-title the-subtitle" href="%s">%s</a></div></li>' % (s.path, E(s.title)) for s in self.stories[:3])
        return ('<!DOCTYPE html><html lang="es-MX" class=""><head><meta charset="UTF-8" /><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" />'
                '<link rel="stylesheet" id="tie-css-base-css" href="/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0" type="text/css" media="all" />'
                '<link rel="alternate" type="application/rss+xml" title="El Heraldo del Bajío &raquo; Feed" href="/feed.xml" />%s</head>'
                '<body id="tie-body" class="%s wrapper-has-shadow block-head-1 magazine1 is-desktop is-header-layout-3 sidebar-right has-sidebar">'
                '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
                '<nav id="top-nav" class="has-date-menu top-nav header-nav" aria-label="Navegación secundaria"><div class="container"><div class="topbar-wrapper">'
                '<div class="topbar-today-date tie-icon">martes 11 de marzo de 2025</div><div class="tie-alignleft"><div class="top-menu header-menu"><ul id="menu-top" class="menu">'
                '<li><a href="/esquelas/">Esquelas</a></li><li><a href="/horoscopo/">Horóscopo</a></li><li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li></ul></div></div></div></div></nav>'
                '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below"><div class="container header-container"><div class="tie-row logo-row">'
                '<div id="logo" class="image-logo"><a title="El Heraldo del Bajío" href="/"><img src="/wp-content/uploads/2023/01/logo-heraldo.png" alt="El Heraldo del Bajío" width="300" height="60" /></a></div></div></div>'
                '<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Navegación primaria"><div class="main-menu header-menu"><ul id="menu-principal" class="menu"><li class="menu-item"><a href="/">Inicio</a></li>%s</ul></div></nav></div></header>'
                '<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row"><div class="main-content tie-col-md-8 tie-col-xs-12" role="main">%s</div>'
                '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Barra lateral primaria"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list">'
                '<div class="widget-title the-global-title"><div class="the-subtitle">Lo más leído</div></div><div class="widget-posts-list-wrapper"><ul class="posts-list-items">%s</ul></div></div></div></aside></div></div>'
                '<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12">'
                '<div class="copyright-text copyright-text-first">&copy; Copyright 2025, Todos los derechos reservados | El Heraldo del Bajío, S.A. de C.V.</div>'
                '<div class="footer-menu"><ul class="menu"><li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li><li><a href="/esquelas/">Esquelas</a></li></ul></div></div></div></div></div></footer>'
                '</div></div></div></body></html>') % (E(title), head, cls, nav, body, side)

    def article(self, st):
        sp, sl = st.sec
        a_name, a_path = st.extra["user"], st.author_path[0]
        when = st.when
        dline = "%s | %s hrs." % (es_long(when), when.strftime("%H:%M"))
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": self.url(st.path) + "#article", "isPartOf": {"@id": self.url(st.path)},
             "author": {"name": a_name, "@id": self.url("/#/schema/person/%s" % a_path.strip("/").split("/")[-1])},
             "headline": st.title, "datePublished": utc00(when), "dateModified": utc00(when + datetime.timedelta(minutes=47)),
             "mainEntityOfPage": {"@id": self.url(st.path)}, "wordCount": 240, "publisher": {"@id": self.url("/#organization")},
             "articleSection": [sl], "inLanguage": "es"},
            {"@type": "WebPage", "@id": self.url(st.path), "url": self.url(st.path), "name": st.title + " - El Heraldo del Bajío",
             "datePublished": utc00(when), "inLanguage": "es"},
            {"@type": "Organization", "@id": self.url("/#organization"), "name": "El Heraldo del Bajío", "url": self.url("/")},
            {"@type": "Person", "@id": self.url("/#/schema/person/%s" % a_path.strip("/").split("/")[-1]), "name": a_name, "url": self.url(a_path)}]}
        head = ('<meta name="description" content="%s" /><link rel="canonical" href="%s" />'
                '<meta property="og:locale" content="es_MX" /><meta property="og:type" content="article" /><meta property="og:title" content="%s - El Heraldo del Bajío" />'
                '<meta property="og:description" content="%s" /><meta property="og:url" content="%s" /><meta property="og:site_name" content="El Heraldo del Bajío" />'
                '<meta property="article:published_time" content="%s" /><meta property="article:modified_time" content="%s" />'
                '<meta name="author" content="%s" /><meta name="twitter:label1" content="Escrito por" /><meta name="twitter:data1" content="%s" />'
                '<meta name="twitter:label2" content="Tiempo de lectura" /><meta name="twitter:data2" content="2 minutos" />%s') % (
            E(st.dek), self.url(st.path), E(st.title), E(st.dek), self.url(st.path), utc00(when), utc00(when + datetime.timedelta(minutes=47)),
            E(a_name), E(a_name), jl(ld))
        tags = "".join('<a href="%s" rel="tag">%s</a>' % (p, E(l)) for p, l in st.tags)
        rel = "".join('<div class="related-item"><h3 class="post-title"><a href="%s">%s</a></h3></div>' % (o.path, E(o.title)) for o in self.others(st, 2))
        body = st.byline + self.paras_html(st.body())
        art = ('<article id="the-post" class="container-wrapper post-content tie-standard">'
               '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> Inicio</a><em class="delimiter">/</em><a href="%s">%s</a><em class="delimiter">/</em><span class="current">%s</span></nav>'
               '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-4" href="%s">%s</a></span><h1 class="post-title entry-title">%s</h1>'
               '<h2 class="entry-sub-title">%s</h2>'
               '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-3">'
               '<span class="meta-author-avatar"><a href="%s"><img alt="Photo of %s" src="/wp-content/uploads/avatars/3-140x140.jpg" class="avatar avatar-140 photo" height="140" width="140" /></a></span>'
               '<span class="meta-author"><a href="%s" class="author-name tie-icon" title="%s">%s</a></span></span></span>'
               '<span class="date meta-item tie-icon">%s</span><div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 1,204 </span>'
               '<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutos de lectura</span></div></div></div></header>'
               '<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="/wp-content/uploads/2025/03/%s.jpg" alt="" />'
               '<figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> Foto: Archivo / El Heraldo del Bajío</figcaption></figure></div></div>'
               '<div class="entry-content entry clearfix">%s</div>'
               '<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Etiquetas</div><span class="tagcloud">%s</span></div>'
               '</article><div class="post-components"><div class="about-author container-wrapper about-author-3"><div class="author-avatar"><a href="%s"><img alt="Photo of %s" src="/wp-content/uploads/avatars/3-180x180.jpg" /></a></div>'
               '<div class="author-info"><h3 class="author-name"><a href="%s">%s</a></h3><div class="author-bio"></div></div></div>'
               '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Artículos relacionados</h3></div><div class="related-posts-list">%s</div></div></div>') % (
            sp, E(sl), E(st.title), sp, E(sl), E(st.title), E(st.dek), a_path, E(a_name), a_path, E(a_name), E(a_name), dline, st.slug,
            body, tags, a_path, E(a_name), a_path, E(a_name), rel)
        return self.shell(st.title + " - El Heraldo del Bajío", art, head, "post-template-default single single-post single-format-standard")

    def themed(self):
        esq = [("Sr. José Luis Ramírez Ortega", "1941 - 2025", "Sus hijos Luis, Carmen y Alejandro, nietos y demás familiares lamentan profundamente su sensible fallecimiento. Misa de cuerpo presente el martes 11 de marzo a las 12:00 hrs. en la Parroquia del Señor de la Salud."),
               ("Sra. María Guadalupe Torres Vda. de Anda", "1936 - 2025", "Participan con profundo dolor su partida a la casa del Padre. Velación en Funerales Gayosso, Blvd. López Mateos 1810. Sus restos descansarán en el Panteón San Nicolás."),
               ("Ing. Roberto Cárdenas Villalobos", "1958 - 2025", "La familia Cárdenas Villalobos agradece las muestras de cariño. Rosario a las 19:00 hrs. en la capilla de velación San Francisco.")]
        inner = '<h1 class="page-title">Esquelas</h1><p class="intro">Publique una esquela: 477 710 0000 ext. 215</p>' + "".join(
            '<div class="esquela"><h2>%s</h2><p class="fechas">%s</p><p>%s</p><p class="publicado">Publicada el 10 de marzo de 2025</p></div>' % (E(n), E(y), E(t)) for n, y, t in esq)
        self.non("/esquelas/", "Esquelas - El Heraldo del Bajío", inner)
        signos = [("Aries", "Una conversación pendiente se resuelve a tu favor; cuida tus gastos."), ("Tauro", "Buen día para iniciar proyectos con socios de confianza."),
                  ("Géminis", "La paciencia será tu mejor aliada en el trabajo."), ("Cáncer", "Alguien del pasado vuelve con buenas noticias."),
                  ("Leo", "Tu energía contagia a los demás; aprovéchala en equipo."), ("Virgo", "Revisa los detalles antes de firmar cualquier documento.")]
        inner = '<h1 class="page-title">Horóscopo de hoy martes 11 de marzo de 2025</h1>' + "".join('<div class="signo"><h3>%s</h3><p>%s</p></div>' % (E(a), E(b)) for a, b in signos)
        self.non("/horoscopo/", "Horóscopo - El Heraldo del Bajío", inner, head='<meta property="og:type" content="article" />')
        inner = ('<h1 class="page-title">Aviso de privacidad</h1><p>El Heraldo del Bajío, S.A. de C.V., con domicilio en Blvd. Adolfo López Mateos 1203, León, Guanajuato, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares.</p>'
                 '<p>Los datos que recabamos se utilizan para la publicación de esquelas y avisos, el envío de boletines y la atención de suscriptores. Usted puede ejercer sus derechos ARCO enviando un correo a privacidad@heraldobajio.mx.</p><p>Última actualización: 15 de enero de 2024.</p>')
        self.non("/aviso-de-privacidad/", "Aviso de privacidad - El Heraldo del Bajío", inner)
        self.rss("/feed.xml")


def mx():
    s = Jannah(191, "El Heraldo del Bajío")
    z = tz(-6)
    s.nav = [("/category/local/", "Local"), ("/category/region/", "Región"), ("/esquelas/", "Esquelas")]
    s.add(Story("cortes-agua-leon", "Anuncian cortes de agua en 40 colonias de León por obra en acueducto",
                "Los trabajos de sustitución de una válvula obligarán a suspender el servicio por bloques.",
                datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z), [],
                ["El organismo operador de agua de León informó que a partir del miércoles 5 de marzo habrá suspensiones del servicio en 40 colonias del poniente de la ciudad, debido a los trabajos de sustitución de una válvula de 36 pulgadas en el acueducto que abastece a la zona.",
                 "De acuerdo con el calendario difundido por la dependencia, los cortes durarán entre 12 y 18 horas y se realizarán por bloques para no dejar sin agua a todas las colonias al mismo tiempo. Entre las más afectadas estarán San Juan de Dios, Los Castillos y El Coecillo.",
                 "La dependencia recomendó a los usuarios almacenar agua con anticipación y reportar fugas al número de atención ciudadana, que funcionará las 24 horas mientras duren las obras."],
                ("/category/local/", "Local"), [("/tag/agua/", "agua")], byline="<p><strong>Por: Redacción</strong></p>",
                author_path=("/author/redaccion/", "Redacción"), extra={"user": "Redacción"},
                must=["La dependencia recomendó a los usuarios almacenar agua con anticipación"], must_not=["Lo más leído"]),
          "/2025/03/03/anuncian-cortes-de-agua-en-40-colonias-de-leon-por-obra-en-acueducto/")
    s.add(Story("robos-centro", "Comerciantes del Centro Histórico piden más vigilancia tras ola de robos",
                "Locatarios de las calles Madero y Pino Suárez reportan nueve asaltos en dos semanas.",
                datetime.datetime(2025, 3, 5, 9, 10, tzinfo=z), ["Juan Pérez"],
                ["Comerciantes del Centro Histórico de León pidieron a la Secretaría de Seguridad municipal reforzar los rondines a pie y en bicicleta, luego de que en las últimas dos semanas se registraran al menos nueve robos a negocios de calzado y ropa en las calles Madero y Pino Suárez.",
                 "Rogelio Montaño, presidente de la asociación de locatarios, explicó que la mayoría de los asaltos ocurren entre las siete y las nueve de la noche, cuando los negocios hacen el corte de caja y hay menos gente en la calle.",
                 "\u201cNo pedimos patrullas estacionadas, pedimos policías que caminen y conozcan a los comerciantes\u201d, dijo Montaño durante una reunión con regidores celebrada en el Palacio Municipal."],
                ("/category/local/", "Local"), [("/tag/seguridad/", "seguridad")], byline="<p><strong>Por Juan Pérez | El Heraldo del Bajío</strong></p>",
                author_path=("/author/juan-perez/", "Juan Pérez"), extra={"user": "Juan Pérez"}),
          "/2025/03/05/comerciantes-del-centro-historico-piden-mas-vigilancia-tras-ola-de-robos/")
    s.add(Story("ciclovia-celaya", "Celaya inaugura su primera ciclovía confinada sobre el Eje Juan Pablo II",
                "El tramo de 4.2 kilómetros conecta la Alameda con el Tecnológico.",
                datetime.datetime(2025, 3, 6, 13, 45, tzinfo=z), ["Laura Méndez"],
                ["CELAYA, Gto.- El gobierno municipal inauguró este jueves la primera ciclovía confinada de la ciudad, un tramo de 4.2 kilómetros sobre el Eje Juan Pablo II que conecta la zona de la Alameda con el Instituto Tecnológico de Celaya.",
                 "La obra, que costó 23 millones de pesos, incluye bolardos, semáforos para ciclistas y una franja de arbolado que separa el carril del tránsito vehicular. Colectivos ciclistas celebraron la apertura, aunque señalaron que aún faltan conexiones hacia las colonias del norte.",
                 "El director de Movilidad adelantó que en la segunda etapa se construirán otros tres kilómetros hacia la salida a Salamanca antes de que termine el año."],
                ("/category/region/", "Región"), [("/tag/movilidad/", "movilidad")], byline="<p><strong>Laura Méndez / Corresponsal</strong></p>",
                author_path=("/author/laura-mendez/", "Laura Méndez"), extra={"user": "Laura Méndez"}),
          "/2025/03/06/celaya-inaugura-su-primera-ciclovia-confinada-sobre-el-eje-juan-pablo-ii/")
    s.finish()


# ---------------------------------------------------------------- Chile: in-house PHP
class Penquista(Site):
    home_tag = "Noticias de Concepción y el Biobío"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        last = "".join('<li><a href="%s">%s</a></li>' % (s.path, E(s.title)) for s in self.stories[-3:])
        return ('<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/estilos.css?v=2019">%s</head>'
                '<body class="%s"><div class="barra-superior"><span class="fecha-hoy">Concepción, martes 11 de marzo de 2025</span> <span class="indicadores">UF: $38.612,45 | Dólar: $935,20</span></div>'
                '<header class="cabecera"><a href="/" class="logo"><img src="/img/logo-penquista.png" alt="Diario El Penquista"></a><nav class="menu-secciones"><ul>%s</ul></nav></header>'
                '<div class="contenedor">%s<div class="col-lateral"><div class="lo-ultimo"><h3>Lo último</h3><ul>%s</ul></div>'
                '<div class="banner-epaper"><a href="/edicion-impresa/">Lea la edición impresa de hoy</a></div></div></div>'
                '<footer class="pie"><p>Diario El Penquista &middot; Barros Arana 1055, Concepción &middot; Fono (41) 220 0000</p><p><a href="/quienes-somos/">Quiénes somos</a> &middot; <a href="/clasificados/">Clasificados</a> &middot; <a href="/columnistas/">Columnistas</a></p></footer></body></html>') % (
            E(title), head, cls, nav, body, last)

    def article(self, st):
        when = st.when
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:url" content="%s"><meta property="og:image" content="%s">') % (E(st.dek), E(st.title), self.url(st.path), self.url("/fotos/2025/03/%s.jpg" % st.slug))
        tags = " ".join('<a href="%s">%s</a>' % (p, E(l)) for p, l in st.tags)
        body = ('<div class="col-nota"><div class="nota-cabecera"><span class="volanta"><a href="%s">%s</a></span><h1 class="titulo-nota">%s</h1><h2 class="bajada">%s</h2>'
                '<div class="fecha-nota">%s | %s hrs.</div><div class="autor-nota">%s</div></div>'
                '<div class="foto-nota"><img src="/fotos/2025/03/%s.jpg" alt=""></div><div class="cuerpo-nota">%s</div><div class="tags-nota">Temas: %s</div>'
                '<div class="comparte">Comparte esta noticia: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div></div>') % (
            st.sec[0], E(st.sec[1]), E(st.title), E(st.dek), es_long(when), when.strftime("%H:%M"), st.byline, st.slug, self.paras_html(st.body()), tags)
        return self.shell(st.title + " | Diario El Penquista", body, head, "nota")

    def themed(self):
        cols = [("Sergio Lagos Navarrete", "Abogado y académico", "El Biobío y la descentralización que no llega"),
                ("Paula Fuentealba", "Economista", "Arándanos, heladas y precios: la tormenta perfecta"),
                ("Rodrigo Vidal Sanhueza", "Historiador", "Lorenzo Arenas: un barrio que pide ser escuchado")]
        self.non("/columnistas/", "Columnistas | Diario El Penquista", '<div class="col-nota"><h1>Columnistas</h1>' + "".join(
            '<div class="columnista"><img src="/img/col/%d.jpg" alt=""><h2>%s</h2><p class="cargo">%s</p><p class="ultima">Última columna: %s</p></div>' % (i, E(n), E(c), E(t)) for i, (n, c, t) in enumerate(cols)) + "</div>")
        self.non("/edicion-impresa/", "Edición impresa | Diario El Penquista",
                 '<div class="col-nota"><h1>Edición impresa</h1><p class="fecha-edicion">Edición del martes 11 de marzo de 2025</p>'
                 '<div class="visor-epaper"><iframe src="/epaper/visor.php?ed=20250311" width="100%" height="900"></iframe></div><p><a href="/epaper/pdf/20250311.pdf">Descargar PDF</a> | <a href="/epaper/anteriores/">Ediciones anteriores</a></p>'
                 '<p>Suscríbase a la edición digital por $3.990 al mes.</p></div>')
        avisos = ["ARRIENDO departamento 2D 1B, sector Tribunales, $420.000. Fono 9 8765 4321.",
                  "VENDO camioneta Nissan Navara 2019, 85.000 km, papeles al día. Fono 9 1234 5678.",
                  "SE NECESITA maestro pastelero con experiencia, presentarse en O'Higgins 812.",
                  "PERDIDA de documentos a nombre de Juan Carlos Riquelme Ortiz. Se da aviso para los fines legales."]
        self.non("/clasificados/", "Clasificados | Diario El Penquista", '<div class="col-nota"><h1>Avisos clasificados</h1><ul class="avisos">' + "".join("<li>%s</li>" % E(a) for a in avisos) + "</ul></div>")
        self.non("/quienes-somos/", "Quiénes somos | Diario El Penquista",
                 '<div class="col-nota"><h1>Quiénes somos</h1><p>Diario El Penquista circula en Concepción y la Región del Biobío desde 1962. Nuestro compromiso es informar con rigor sobre lo que ocurre en las comunas de la región.</p>'
                 '<p>Director: Hernán Saavedra Lillo. Editora general: Mónica Cifuentes. Gerente comercial: Patricio Oyarzún.</p></div>')


def cl():
    s = Penquista(192, "Diario El Penquista")
    z = tz(-3)
    s.nav = [("/seccion/ciudad/", "Ciudad"), ("/seccion/regiones/", "Regiones"), ("/columnistas/", "Columnistas"), ("/edicion-impresa/", "Edición impresa")]
    s.add(Story("semaforo-lorenzo-arenas", "Vecinos de Lorenzo Arenas exigen semáforo tras nuevo atropello",
                "Cortaron la avenida Cristóbal Colón por cerca de una hora.",
                datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z), ["Camila Rojas"],
                ["Un grupo de vecinos del sector Lorenzo Arenas, en Concepción, cortó por cerca de una hora la avenida Cristóbal Colón para exigir la instalación de un semáforo, luego de que un adulto mayor fuera atropellado la noche del domingo en el mismo cruce donde en enero murió una joven ciclista.",
                 "La presidenta de la junta de vecinos, Marisol Henríquez, aseguró que desde hace tres años envían cartas a la municipalidad y a la Seremi de Transportes sin obtener una respuesta concreta.",
                 "Desde el municipio señalaron que el proyecto de semaforización ya cuenta con diseño y que se espera ingresarlo a financiamiento regional durante el primer semestre."],
                ("/seccion/ciudad/", "Ciudad"), [("/tema/transito/", "Tránsito")], byline="Texto: Camila Rojas / Fotos: Pedro Soto", stated_zone=False,
                must_not=["Lea la edición impresa de hoy"]),
          "/noticia/ciudad/2025/03/vecinos-de-lorenzo-arenas-exigen-semaforo-tras-nuevo-atropello")
    s.add(Story("crucero-talcahuano", "Puerto de Talcahuano recibe el primer crucero de la temporada",
                "Unos 2.300 pasajeros recorrieron Concepción, la Isla Quiriquina y el valle del Itata.",
                datetime.datetime(2025, 3, 4, 11, 2, tzinfo=z), [],
                ["Con cerca de 2.300 pasajeros a bordo, recaló este martes en el puerto de Talcahuano el primer crucero de la temporada, un hito que las autoridades regionales esperan repetir al menos seis veces antes de que termine abril.",
                 "Los turistas, en su mayoría estadounidenses y canadienses, se repartieron entre recorridos por el centro de Concepción, la Isla Quiriquina y las viñas del valle del Itata. Artesanos instalaron una feria en el muelle para recibirlos.",
                 "La Cámara de Comercio local estimó que cada visitante gasta en promedio 90 dólares durante su estadía de un día en la zona."],
                ("/seccion/ciudad/", "Ciudad"), [("/tema/turismo/", "Turismo")], byline="Por: Redacción El Penquista", stated_zone=False),
          "/noticia/ciudad/2025/03/puerto-de-talcahuano-recibe-el-primer-crucero-de-la-temporada")
    s.add(Story("arandanos-nuble", "Productores de Ñuble estiman caída de 30% en la cosecha de arándanos",
                "Las heladas de octubre y la falta de mano de obra golpearon a los huertos.",
                datetime.datetime(2025, 3, 7, 8, 15, tzinfo=z), ["Francisca Muñoz Vera"],
                ["CHILLÁN.- Los productores de arándanos de la Región de Ñuble estiman que la cosecha de esta temporada será cerca de un 30 por ciento menor que la anterior, producto de las heladas de octubre y de la falta de mano de obra durante las semanas de mayor demanda.",
                 "Según la asociación gremial de agricultores de la provincia de Diguillín, varios huertos pequeños optaron por no cosechar los últimos sectores porque el precio de exportación no alcanzaba a cubrir los costos.",
                 "El seremi de Agricultura anunció una mesa de trabajo con Indap para revisar alternativas de crédito a quienes resultaron más afectados."],
                ("/seccion/regiones/", "Regiones"), [("/tema/agricultura/", "Agricultura")], byline="Francisca Muñoz Vera, corresponsal en Chillán", stated_zone=False),
          "/noticia/regiones/2025/03/productores-de-nuble-estiman-caida-de-30-en-la-cosecha-de-arandanos")
    s.finish()


# ---------------------------------------------------------------- Peru: Arc-like
class Arc(Site):
    home_tag = "Noticias de Arequipa y el sur del Perú"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="header__item"><a class="header__link" href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="preload" href="/pf/resources/dist/observador/css/style.css?d=1245" as="style">%s</head><body class="%s"><div id="fusion-app" class="fusion-app">'
                '<header class="header"><div class="header__content"><a class="header__logo" href="/"><img alt="El Observador del Sur" src="/pf/resources/dist/observador/images/logo.png?d=1245"></a>'
                '<nav class="header__nav"><ul class="header__list">%s</ul></nav></div></header><div class="content-layout">%s</div>'
                '<footer class="footer"><div class="footer__content"><p>&copy; Empresa Editora El Observador del Sur S.A.C. Todos los derechos reservados.</p><ul><li><a href="/aviso-legal/">Aviso legal</a></li><li><a href="/archivo/">Archivo</a></li></ul></div></footer></div></body></html>') % (
            E(title), head, cls, nav, body)

    def article(self, st):
        upd = st.extra["upd"]
        authors = st.extra["ld_authors"]
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "datePublished": utcz(st.when, True), "dateModified": utcz(upd, True),
              "headline": st.title, "alternativeHeadline": st.title, "description": st.dek,
              "mainEntityOfPage": {"@type": "WebPage", "@id": self.url(st.path)},
              "image": {"@type": "ImageObject", "url": self.url("/resizer/%s.jpg" % st.slug), "height": 528, "width": 980},
              "author": [{"@type": "Person", "name": n, "url": self.url(p)} for n, p in authors],
              "publisher": {"@type": "Organization", "name": "El Observador del Sur", "logo": {"@type": "ImageObject", "url": self.url("/pf/resources/dist/observador/images/logo-amp.png")}},
              "keywords": [l for p, l in st.tags], "articleSection": st.sec[1]}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:site_name" content="El Observador del Sur"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
                '<meta property="article:section" content="%s"><meta name="author" content="%s"><meta name="data-article-id" content="KZ%s">%s') % (
            E(st.dek), self.url(st.path), E(st.title), utcz(st.when, True), utcz(upd, True), E(st.sec[1]), E(", ".join(n for n, p in authors)),
            st.slug.upper()[:6], jl(ld))
        auth = "".join('<div class="s-aut"><a class="s-aut__img" href="%s"><img src="/resizer/autor.jpg" alt=""></a><a class="s-aut__name" href="%s">%s</a></div>' % (p, p, E(n)) for n, p in authors)
        ps = st.body()
        paras = "".join('<p itemprop="description" class="story-contents__font-paragraph ">%s</p>' % E(p) for p in ps[:2])
        paras += ('<div class="story-contents__related"><h3 class="story-contents__related-title">TE PUEDE INTERESAR</h3><ul>%s</ul></div>' %
                  "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in self.others(st, 2)))
        paras += "".join('<p itemprop="description" class="story-contents__font-paragraph ">%s</p>' % E(p) for p in ps[2:])
        tags = "".join('<a class="st-tags__tag" href="%s">%s</a>' % (p, E(l)) for p, l in st.tags)
        body = ('<div class="st-sidebar__container"><div class="st-social"><a class="st-social__link" href="%s">%s</a></div><h1 itemprop="name" class="sht__title">%s</h1>'
                '<h2 itemprop="name" class="sht__summary">%s</h2><div class="s-multimedia"><figure><picture><img src="/resizer/%s.jpg" alt="%s"></picture>'
                '<figcaption class="s-multimedia__caption">%s (Foto: El Observador del Sur)</figcaption></figure></div>'
                '<div class="st-sidebar__content"><div class="story-contents w-full"><div class="story-contents__author">%s</div>'
                '<div class="story-contents__time"><time datetime="%s">Actualizado el %s a las %s</time></div>'
                '<div class="story-contents__content">%s</div><div class="st-tags"><p class="st-tags__title">Tags Relacionados:</p>%s</div></div></div></div>') % (
            st.sec[0], E(st.sec[1].upper()), E(st.title), E(st.dek), st.slug, E(st.title), E(st.dek), auth, utcz(upd, True),
            upd.strftime("%d/%m/%Y"), upd.strftime("%H:%M"), paras, tags)
        return self.shell("%s | %s | EL OBSERVADOR DEL SUR" % (st.title, st.sec[1].upper()), body, head, "story")

    def themed(self):
        self.non("/archivo/", "Archivo de noticias | El Observador del Sur",
                 '<div class="archive"><h1>Archivo</h1><p>Busca las noticias publicadas por fecha.</p><form action="/archivo/"><input type="date" name="fecha"></form>' + self.teasers(self.stories) + "</div>")
        self.non("/aviso-legal/", "Aviso legal | El Observador del Sur",
                 '<div class="legal"><h1>Aviso legal y términos de uso</h1><p>El acceso a este sitio web implica la aceptación de los presentes términos. Los contenidos publicados por El Observador del Sur están protegidos por la legislación peruana sobre derecho de autor.</p>'
                 '<p>Queda prohibida su reproducción total o parcial sin autorización escrita de la Empresa Editora El Observador del Sur S.A.C., con RUC 20100000001 y domicilio en la calle Mercaderes 212, Arequipa.</p></div>')
        self.sitemap()


def pe():
    s = Arc(193, "El Observador del Sur")
    z = tz(-5)
    s.nav = [("/arequipa/", "Arequipa"), ("/sur/", "Sur"), ("/cultura/", "Cultura"), ("/archivo/", "Archivo")]
    w = datetime.datetime(2025, 3, 3, 20, 30, tzinfo=z)
    s.add(Story("sedapar", "Arequipa: Sedapar restringe el servicio de agua en Cerro Colorado por limpieza de reservorios",
                "El corte afectará a 18 urbanizaciones el miércoles y el jueves.", w, ["Rosa Quispe Mamani"],
                ["La empresa de agua potable de Arequipa anunció que restringirá el servicio en 18 urbanizaciones del distrito de Cerro Colorado durante el miércoles y el jueves, mientras realiza la limpieza y desinfección de dos reservorios que abastecen a la zona alta del distrito.",
                 "Según el comunicado, el corte comenzará a las seis de la mañana y el suministro se restablecerá de manera progresiva desde las diez de la noche. La empresa dispondrá de cisternas en los puntos más críticos, como el pueblo tradicional de Zamácola.",
                 "Los usuarios pueden consultar la lista completa de sectores afectados en las oficinas de atención al cliente y en la página web de la entidad."],
                ("/arequipa/", "Arequipa"), [("/noticias/agua-potable/", "agua potable")], author_path=("/autor/rosa-quispe-mamani/", "Rosa Quispe Mamani"),
                extra={"upd": datetime.datetime(2025, 3, 4, 9, 10, tzinfo=z), "ld_authors": [("Rosa Quispe Mamani", "/autor/rosa-quispe-mamani/")]},
                must_not=["TE PUEDE INTERESAR"]),
          "/arequipa/sedapar-restringe-servicio-de-agua-en-cerro-colorado-por-limpieza-de-reservorios-noticia/")
    s.add(Story("huaico-colca", "Colca: turistas varados por huaico en la vía a Chivay son evacuados",
                "Maquinaria del gobierno regional despejó la carretera a la altura de Pampa Cañahuas.",
                datetime.datetime(2025, 3, 5, 7, 50, tzinfo=z), ["Jorge Valdivia", "Carla Núñez"],
                ["Un total de 64 turistas nacionales y extranjeros que permanecían varados desde la noche del martes en la carretera Arequipa - Chivay fueron evacuados la mañana de este miércoles, luego de que maquinaria del gobierno regional despejara el material que dejó un huaico a la altura de Pampa Cañahuas.",
                 "Los visitantes viajaban en cuatro buses de agencias de turismo que se dirigían al valle del Colca. La Policía de Carreteras informó que ninguno resultó herido, aunque varios presentaron síntomas de mal de altura tras pasar la noche a más de cuatro mil metros.",
                 "Defensa Civil recomendó a las agencias reprogramar las salidas nocturnas mientras dure la temporada de lluvias en la sierra sur."],
                ("/sur/", "Sur"), [("/noticias/lluvias/", "lluvias")], author_path=("/autor/jorge-valdivia/", "Jorge Valdivia"),
                extra={"upd": datetime.datetime(2025, 3, 5, 11, 5, tzinfo=z), "ld_authors": [("Jorge Valdivia", "/autor/jorge-valdivia/"), ("Carla Núñez", "/autor/carla-nunez/")], "author_pages": [("/autor/carla-nunez/", "Carla Núñez")]}),
          "/sur/colca-turistas-varados-por-huaico-en-la-via-a-chivay-son-evacuados-noticia/")
    s.add(Story("feria-libro", "Feria del libro de Arequipa tendrá a Chile como país invitado",
                "La delegación chilena traerá a una veintena de autores y editoriales independientes.",
                datetime.datetime(2025, 3, 6, 16, 0, tzinfo=z), [],
                ["La próxima Feria Internacional del Libro de Arequipa tendrá a Chile como país invitado de honor, anunciaron los organizadores durante una conferencia de prensa realizada en la casona de la Universidad Nacional de San Agustín.",
                 "La delegación chilena traerá a una veintena de autores, editoriales independientes y una muestra dedicada a la poesía del norte de ese país. El programa incluirá además un ciclo de conversatorios sobre la obra de Mario Vargas Llosa, el escritor arequipeño más conocido.",
                 "Los organizadores esperan superar los 200 mil visitantes registrados en la edición anterior."],
                ("/cultura/", "Cultura"), [("/noticias/libros/", "libros")],
                extra={"upd": datetime.datetime(2025, 3, 6, 16, 40, tzinfo=z), "ld_authors": [("Redacción EO", "/autor/redaccion-eo/")], "author_pages": [("/autor/redaccion-eo/", "Redacción EO")]}),
          "/cultura/feria-del-libro-de-arequipa-tendra-a-chile-como-pais-invitado-noticia/")
    s.finish()


# ---------------------------------------------------------------- Colombia: Newspaper (td)
class TdNewspaper(Site):
    sep = " - "
    home_tag = "Noticias de Barrancabermeja y el Magdalena Medio"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s"><div class="tdb-menu-item-text">%s</div></a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!doctype html ><html lang="es-CO"><head><title>%s</title><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.3" type="text/css" media="all" />%s</head>'
                '<body class="%s td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">'
                '<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div><div id="td-outer-wrap" class="td-theme-wrap">'
                '<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1">'
                '<div class="td-header-sp-top-menu"><div class="td_data_time"><div>lunes, marzo 10, 2025</div></div></div></div></div></div>'
                '<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/2022/05/logo-dmm.png" alt="Diario del Magdalena Medio" /><span class="td-visual-hidden">Diario del Magdalena Medio</span></a></div></div>'
                '<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div id="td-header-menu" role="navigation"><div class="menu-menu-principal-container"><ul id="menu-menu-principal-1" class="sf-menu">%s</ul></div></div></div></div></div>'
                '<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">%s</div></div>'
                '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>Síguenos</span></h4><div class="textwidget"><p>Facebook / Instagram / X</p></div></aside></div></div></div></div></div>'
                '<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">Diario del Magdalena Medio - Barrancabermeja, Santander. <a href="/contactenos/">Contáctenos</a> | <a href="/politica-de-tratamiento-de-datos/">Política de tratamiento de datos</a></div></div></div></div></div>'
                '<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; 2025 Diario del Magdalena Medio</div></div></div></div></div></body></html>') % (
            E(title), head, cls, nav, body)

    def article(self, st):
        when, shown_dt = st.when, st.extra["dt_attr"]
        user, upath = st.extra["user"]
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": self.url(st.path) + "#article", "author": {"name": user, "@id": self.url("/#/schema/person/" + upath.strip("/").split("/")[-1])},
             "headline": st.title, "datePublished": shown_dt, "dateModified": st.extra.get("dt_mod", shown_dt), "mainEntityOfPage": {"@id": self.url(st.path)},
             "publisher": {"@id": self.url("/#organization")}, "inLanguage": "es-CO"},
            {"@type": "Person", "@id": self.url("/#/schema/person/" + upath.strip("/").split("/")[-1]), "name": user}]}
        head = ('<link rel="canonical" href="%s" /><meta property="og:locale" content="es_ES" /><meta property="og:type" content="article" /><meta property="og:title" content="%s - Diario del Magdalena Medio" />'
                '<meta property="og:description" content="%s" /><meta property="article:published_time" content="%s" /><meta name="author" content="%s" />%s') % (
            self.url(st.path), E(st.title), E(st.dek), shown_dt, E(user), jl(ld))
        ps = st.body()
        rel = self.others(st, 1)[0]
        content = st.byline + self.paras_html(ps[:2]) + (
            '<blockquote class="td_quote_box td_box_center"><p><strong>Te puede interesar:</strong> <a href="%s">%s</a></p></blockquote>' % (rel.path, E(rel.title))) + self.paras_html(ps[2:])
        tags = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in st.tags)
        body = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-regional" itemscope itemtype="https://schema.org/Article">'
                '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="%s">%s</a></li></ul><header class="td-post-title"><h1 class="entry-title">%s</h1>'
                '<p class="td-post-sub-title">%s</p><div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Por</div> <a href="%s">%s</a><div class="td-author-line"> - </div></div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s" >%s</time></span>'
                '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">318</span></div></div></header></div>'
                '<div class="td-post-featured-image"><figure><img width="696" height="392" class="entry-thumb" src="/wp-content/uploads/2025/03/%s-696x392.jpg" alt="" /><figcaption class="wp-caption-text">Foto: archivo</figcaption></figure></div>'
                '<div class="td-post-content tagdiv-type">%s</div><footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>ETIQUETAS</span></li>%s</ul></div>'
                '<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="%s">%s</a></span></div></footer></article>') % (
            len(st.slug) * 101, len(st.slug) * 101, st.sec[0], E(st.sec[1]), E(st.title), E(st.dek), upath, E(user), shown_dt, st.extra["shown"],
            len(st.slug) * 101, st.slug, content, tags, upath, E(user))
        return self.shell(st.title + " - Diario del Magdalena Medio", body, head, "post-template-default single single-post td-animation-stack-type0")

    def themed(self):
        self.non("/contactenos/", "Contáctenos - Diario del Magdalena Medio",
                 '<h1 class="entry-title">Contáctenos</h1><div class="td-page-content"><p>Sede principal: Calle 49 No. 12-30, Barrancabermeja, Santander.</p><p>Teléfono: (607) 621 0000. Correo: redaccion@diariomagdalenamedio.co</p>'
                 '<p>Para avisos judiciales y edictos comuníquese con el área comercial en horario de oficina.</p></div>')
        self.non("/politica-de-tratamiento-de-datos/", "Política de tratamiento de datos - Diario del Magdalena Medio",
                 '<h1 class="entry-title">Política de tratamiento de datos personales</h1><div class="td-page-content"><p>En cumplimiento de la Ley 1581 de 2012, el Diario del Magdalena Medio informa que los datos recogidos a través de este portal serán tratados con la finalidad de gestionar suscripciones y comunicaciones.</p>'
                 '<p>El titular podrá conocer, actualizar y rectificar sus datos escribiendo a datos@diariomagdalenamedio.co.</p></div>')
        self.rss("/feed.xml")


def co():
    s = TdNewspaper(194, "Diario del Magdalena Medio")
    z = tz(-5)
    s.nav = [("/category/regional/", "Regional"), ("/category/barrancabermeja/", "Barrancabermeja"), ("/contactenos/", "Contáctenos")]
    w = datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z)
    s.add(Story("bocachicos", "Pescadores del Magdalena denuncian mortandad de bocachicos cerca de Barrancabermeja",
                "La autoridad ambiental tomó muestras en cuatro puntos de la ciénaga San Silvestre.", w, ["Carlos Gómez Ardila"],
                ["Asociaciones de pescadores artesanales de Barrancabermeja denunciaron la aparición de cientos de bocachicos muertos en la ciénaga San Silvestre y en un tramo del río Magdalena, en plena temporada de subienda, cuando miles de familias dependen de la pesca para su sustento.",
                 "Los pescadores aseguran que el agua presentaba un color oscuro y un olor fuerte desde el fin de semana. La autoridad ambiental regional tomó muestras en cuatro puntos y anunció que los resultados estarán listos en un plazo de diez días.",
                 "\u201cNosotros vivimos de esto; si el pescado se muere, se muere también la economía de los barrios ribereños\u201d, afirmó uno de los líderes de la asociación."],
                ("/category/regional/", "Regional"), [("/tag/rio-magdalena/", "río Magdalena")], byline="<p><strong>Por: Carlos Gómez Ardila</strong></p>",
                extra={"user": ("Redacción Web", "/author/redaccion-web/"), "dt_attr": "2025-03-03T18:24:00+00:00", "shown": "3 marzo, 2025"},
                stated_zone=False, author_path=("/author/redaccion-web/", "Redacción Web"),
                must_not=["Te puede interesar"]),
          "/pescadores-del-magdalena-denuncian-mortandad-de-bocachicos-cerca-de-barrancabermeja/")
    pub = (NOW - datetime.timedelta(hours=5)).astimezone(z)
    upd = (NOW - datetime.timedelta(hours=2)).astimezone(z)
    s.add(Story("puente-gaviria", "Cierran paso por el puente Guillermo Gaviria por mantenimiento nocturno",
                "Los cierres irán de las diez de la noche a las cinco de la mañana durante dos semanas.", pub, ["Diana Patricia Londoño"],
                ["El Instituto Nacional de Vías anunció cierres totales nocturnos en el puente Guillermo Gaviria Correa, que une a Barrancabermeja con Yondó, para realizar el mantenimiento de las juntas de dilatación y el cambio de la señalización vertical.",
                 "Los cierres irán de las diez de la noche a las cinco de la mañana durante las próximas dos semanas. Solo podrán cruzar ambulancias, vehículos de emergencia y el transporte de pasajeros intermunicipal, con paso controlado por un solo carril.",
                 "Las autoridades pidieron a los conductores de carga programar sus viajes fuera del horario de cierre para evitar largas filas en la vía de acceso."],
                ("/category/barrancabermeja/", "Barrancabermeja"), [("/tag/movilidad/", "movilidad")],
                extra={"user": ("Diana Patricia Londoño", "/author/diana-londono/"), "dt_attr": pub.isoformat(), "dt_mod": upd.isoformat(), "shown": "Actualizado hace 2 horas"},
                author_path=("/author/diana-londono/", "Diana Patricia Londoño")),
          "/cierran-paso-por-el-puente-guillermo-gaviria-por-mantenimiento-nocturno/")
    s.add(Story("hospital-concejo", "Concejo de Barrancabermeja aprueba presupuesto para la ampliación del hospital",
                "El proyecto contempla 40 nuevas camas y un área de urgencias pediátricas.",
                datetime.datetime(2025, 3, 7, 11, 30, tzinfo=z), ["Jhon Jairo Ortiz"],
                ["Con 15 votos a favor y dos en contra, el Concejo de Barrancabermeja aprobó el traslado presupuestal que permitirá iniciar la ampliación del servicio de urgencias del hospital regional, una obra prometida desde hace más de cinco años.",
                 "El proyecto contempla 40 nuevas camas, una sala de reanimación y un área exclusiva para la atención pediátrica. Los concejales de oposición cuestionaron que el contrato se adjudique antes de que el hospital presente los estudios de suelo actualizados.",
                 "La gerente del hospital aseguró que las obras comenzarán en el segundo semestre y que el servicio actual no se interrumpirá durante la construcción."],
                ("/category/barrancabermeja/", "Barrancabermeja"), [("/tag/salud/", "salud")],
                extra={"user": ("Jhon Jairo Ortiz", "/author/jhon-jairo-ortiz/"), "dt_attr": "2025-03-07T11:30:00+00:00", "shown": "7 marzo, 2025"},
                stated_zone=False, author_path=("/author/jhon-jairo-ortiz/", "Jhon Jairo Ortiz")),
          "/concejo-de-barrancabermeja-aprueba-presupuesto-para-la-ampliacion-del-hospital/")
    s.finish()


# ---------------------------------------------------------------- Venezuela: Drupal 9
class Drupal(Site):
    home_tag = "Noticias del Zulia"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="menu-item"><a href="%s" data-drupal-link-system-path="taxonomy/term/%d">%s</a></li>' % (p, i + 3, E(l)) for i, (p, l) in enumerate(self.nav))
        return ('<!DOCTYPE html><html lang="es" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">'
                '<head><meta charset="utf-8" /><title>%s</title><meta name="Generator" content="Drupal 9 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" />%s</head><body class="%s">'
                '<a href="#main-content" class="visually-hidden focusable skip-link">Pasar al contenido principal</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">'
                '<header role="banner"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo_0.png" alt="Inicio" /></a>'
                '<div class="site-name"><a href="/" title="Inicio" rel="home">Diario Occidente Zuliano</a></div></div></div>'
                '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Navegación principal</h2><ul class="menu">%s</ul></nav></div></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">%s</div>'
                '<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><div class="views-element-container block block-views"><h2>Tasa del día</h2><div>BCV: 64,54 Bs/USD</div></div></div></aside></main>'
                '<footer role="contentinfo"><div class="region region-footer"><nav role="navigation" id="block-footer"><ul class="menu"><li><a href="/quienes-somos">Quiénes somos</a></li><li><a href="/esquelas">Esquelas</a></li></ul></nav>'
                '<div class="block">&copy; 2025 Diario Occidente Zuliano, C.A. RIF J-00000000-0</div></div></footer></div></div></body></html>') % (E(title), head, cls, nav, body)

    def article(self, st):
        when = st.when
        head = ('<meta name="description" content="%s" /><link rel="canonical" href="%s" /><link rel="shortlink" href="%s" />'
                '<meta property="og:site_name" content="Diario Occidente Zuliano" /><meta property="og:type" content="article" /><meta property="og:url" content="%s" /><meta property="og:title" content="%s" />'
                '<meta property="article:published_time" content="%s" />') % (
            E(st.dek), self.url(st.path), self.url("/node/%d" % (4000 + len(st.slug))), self.url(st.path), E(st.title), when.strftime("%Y-%m-%dT%H:%M:%S%z"))
        tags = "".join('<div class="field__item"><a href="%s" hreflang="es">%s</a></div>' % (p, E(l)) for p, l in st.tags)
        body = ('<div class="region region-content"><div id="block-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Inicio</a></li><li><a href="%s">%s</a></li></ol></nav></div>'
                '<div id="block-page-title-block" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1></div>'
                '<div id="block-system-main-block" class="block block-system block-system-main-block"><article role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full"><div class="node__content">'
                '<div class="field field--name-field-sumario field--type-string-long field--label-hidden field__item">%s</div>'
                '<div class="field field--name-field-autor field--type-string field--label-hidden field__item">%s</div>'
                '<div class="field field--name-field-fecha-publicacion field--type-datetime field--label-hidden field__item"><time datetime="%s" class="datetime">%s</time></div>'
                '<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/2025-03/%s.jpg" width="800" height="450" alt="" /></div>'
                '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Etiquetas</div><div class="field__items">%s</div></div>'
                '</div></article></div></div>') % (
            st.sec[0], E(st.sec[1]), E(st.title), st.path, E(st.dek), E(st.byline), utcz(when), when.strftime("%d/%m/%Y - %H:%M"), st.slug, self.paras_html(st.body()), tags)
        return self.shell(st.title + " | Diario Occidente Zuliano", body, head, "path-node page-node-type-article")

    def themed(self):
        esq = [("Carmen Elena Villasmil de Urdaneta", "Q.E.P.D. Falleció en Maracaibo el 8 de marzo de 2025. Sus hijos, nietos y demás familiares invitan al acto de sepelio en el Cementerio El Cuadrado."),
               ("Luis Alfonso Nava Parra", "Q.E.P.D. Sus restos son velados en la Funeraria La Chinita. El acto religioso será el martes a las 10:00 a. m."),
               ("Ana Cecilia Bracho", "Q.E.P.D. La familia Bracho Fernández participa el sensible fallecimiento de su madre, abuela y bisabuela.")]
        self.non("/esquelas", "Esquelas | Diario Occidente Zuliano", '<div class="region region-content"><h1 class="page-title">Esquelas</h1><div class="view view-esquelas">' + "".join(
            '<div class="views-row"><h3>%s</h3><p>%s</p></div>' % (E(n), E(t)) for n, t in esq) + '</div></div>')
        self.non("/quienes-somos", "Quiénes somos | Diario Occidente Zuliano",
                 '<div class="region region-content"><h1 class="page-title">Quiénes somos</h1><article class="node node--type-page"><div class="field field--name-body"><p>Diario Occidente Zuliano es un periódico regional fundado en Maracaibo en 1974. Circula en los municipios de la costa oriental y occidental del Lago.</p>'
                 '<p>Presidente-Editor: Ramón Urdaneta Fuenmayor. Jefa de Información: Yelitza Morales.</p></div></article></div>')
        self.rss("/rss.xml")


def ve():
    s = Drupal(195, "Diario Occidente Zuliano")
    z = tz(-4)
    s.nav = [("/regionales", "Regionales"), ("/ciudad", "Ciudad"), ("/esquelas", "Esquelas")]
    s.add(Story("manchas-cabimas", "Pescadores de Cabimas reportan nuevas manchas de petróleo en el Lago",
                "Llevan casi una semana sin poder salir a faenar.", datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z), ["María Fernanda Rojas"],
                ["Pescadores de la costa oriental del Lago de Maracaibo denunciaron la aparición de nuevas manchas de crudo frente a las playas de Cabimas, lo que les ha impedido salir a faenar durante casi una semana.",
                 "Los afectados aseguran que las filtraciones provienen de tuberías submarinas sin mantenimiento y que las redes quedan impregnadas de petróleo después de cada lance. Algunos han optado por trasladarse a otras zonas del lago, con el gasto de combustible que eso implica.",
                 "Organizaciones ambientalistas de la región pidieron a las autoridades publicar un inventario de las instalaciones abandonadas en el fondo del lago."],
                ("/regionales", "Regionales"), [("/taxonomy/term/12", "Lago de Maracaibo")], byline="Por María Fernanda Rojas, corresponsal en Cabimas"),
          "/regionales/pescadores-de-cabimas-reportan-nuevas-manchas-de-petroleo-en-el-lago")
    s.add(Story("rutas-oeste", "Alcaldía de Maracaibo reactiva rutas del transporte público en el oeste",
                "Se incorporaron 25 unidades recuperadas en los talleres municipales.", datetime.datetime(2025, 3, 4, 10, 40, tzinfo=z), [],
                ["La Alcaldía de Maracaibo reactivó cuatro rutas de transporte público que cubren las parroquias del oeste de la ciudad, tras la incorporación de 25 unidades recuperadas en los talleres municipales.",
                 "Las rutas conectarán los sectores Los Haticos, San Isidro y Cuatricentenario con el centro de la ciudad, con una frecuencia de salida de 20 minutos en horas pico. El pasaje se podrá pagar en efectivo o mediante transferencia móvil.",
                 "Usuarios consultados por este diario celebraron la medida, aunque advirtieron que las unidades suelen dejar de circular después de las seis de la tarde."],
                ("/ciudad", "Ciudad"), [("/taxonomy/term/15", "Transporte")], byline="Redacción"),
          "/ciudad/alcaldia-de-maracaibo-reactiva-rutas-del-transporte-publico-en-el-oeste")
    s.add(Story("cortes-electricos", "Cortes eléctricos de hasta seis horas afectan a comercios del centro",
                "Farmacias y panaderías de la avenida Libertador no pueden planificar la refrigeración.", datetime.datetime(2025, 3, 6, 21, 15, tzinfo=z), ["Luis Ferrer", "Andreína Páez"],
                ["Comerciantes del casco central de Maracaibo reportaron cortes eléctricos de hasta seis horas diarias durante la última semana, lo que ha obligado a muchos a cerrar más temprano o a invertir en plantas eléctricas que consumen un combustible cada vez más costoso.",
                 "En la avenida Libertador, dueños de farmacias y panaderías explicaron que las interrupciones no siguen ningún horario publicado, por lo que no pueden planificar la conservación de los productos refrigerados.",
                 "La empresa eléctrica atribuyó las fallas a trabajos en subestaciones y prometió estabilizar el servicio antes de que comiencen las temperaturas más altas del año."],
                ("/ciudad", "Ciudad"), [("/taxonomy/term/18", "Servicios públicos")], byline="Texto: Luis Ferrer y Andreína Páez",
                must=["La empresa eléctrica atribuyó las fallas a trabajos en subestaciones"], must_not=["Tasa del día"]),
          "/ciudad/cortes-electricos-de-hasta-seis-horas-afectan-comercios-del-centro")
    s.finish()


# ---------------------------------------------------------------- Uruguay: Joomla 3
class Joomla(Site):
    sep = " - "
    home_tag = "Inicio"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="item-%d"><a href="%s">%s</a></li>' % (101 + i, p, E(l)) for i, (p, l) in enumerate(self.nav))
        return ('<!DOCTYPE html><html lang="es-es" dir="ltr"><head><meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta charset="utf-8" />%s'
                '<meta name="generator" content="Joomla! - Open Source Content Management" /><title>%s</title><link href="/templates/protostar/css/template.css?b8d1b1c5" rel="stylesheet" /></head>'
                '<body class="site com_content %s"><div class="body" id="top"><div class="container"><header class="header" role="banner"><div class="header-inner clearfix">'
                '<a class="brand pull-left" href="/"><span class="site-title" title="La Voz del Litoral">La Voz del Litoral</span><div class="site-description">Paysandú, Uruguay</div></a>'
                '<div class="header-search pull-right"><div class="moduletable"><p class="fecha">Paysandú, 11 de marzo de 2025</p></div></div></div></header>'
                '<nav class="navigation" role="navigation"><div class="navbar pull-left"></div><div class="nav-collapse"><ul class="nav menu nav-pills mod-list">%s</ul></div></nav>'
                '<div class="row-fluid"><main id="content" role="main" class="span9"><div id="system-message-container"></div>%s</main>'
                '<div id="aside" class="span3"><div class="well "><h3 class="page-header">Publicidad</h3><div class="bannergroup"><div class="banneritem"><img src="/images/banners/cooperativa.jpg" alt="Cooperativa" /></div></div></div></div></div></div></div>'
                '<footer class="footer" role="contentinfo"><div class="container"><hr /><p class="pull-right"><a href="#top" id="back-top">Volver arriba</a></p><p>&copy; 2025 La Voz del Litoral</p></div></footer></body></html>') % (
            head, E(title), cls, nav, body)

    def article(self, st):
        when = st.when
        user = st.extra["user"]
        head = ('<base href="%s" /><meta name="author" content="%s" /><meta name="description" content="%s" /><link href="%s" rel="canonical" />') % (
            self.url(st.path), E(user), E(st.dek), self.url(st.path))
        tags = "".join('<li class="tag-%d tag-list0" itemprop="keywords"><a href="%s" class="label label-info">%s</a></li>' % (i, p, E(l)) for i, (p, l) in enumerate(st.tags))
        body = ('<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>Usted está aquí: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Inicio</span></a></li>'
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="%s" class="pathway"><span itemprop="name">%s</span></a></li></ul>'
                '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="es-ES" /><div class="page-header"><h2 itemprop="headline">%s</h2></div>'
                '<dl class="article-info muted"><dt class="article-info-term">Detalles</dt>'
                '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Escrito por <span itemprop="name">%s</span></dd>'
                '<dd class="category-name">Categoría: <a href="%s" itemprop="genre">%s</a></dd>'
                '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="%s" itemprop="datePublished">Publicado: %02d %s %d</time></dd>'
                '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1532" />Visto: 1532</dd></dl>'
                '<ul class="tags inline">%s</ul><div itemprop="articleBody">%s%s</div>'
                '<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="%s" href="%s" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Anterior</span></a></li></ul></div>') % (
            st.sec[0], E(st.sec[1]), E(st.title), E(user), st.sec[0], E(st.sec[1]), when.isoformat(), when.day, MESES[when.month - 1].capitalize(), when.year,
            tags, st.byline, self.paras_html(st.body()), E(self.others(st, 1)[0].title), self.others(st, 1)[0].path)
        return self.shell(st.title + " - La Voz del Litoral", body, head, "view-article no-layout no-task itemid-%d" % (200 + len(st.slug)))

    def teasers(self, sts, fmt=None):
        return '<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="items-leading clearfix">' + "".join(
            '<div class="leading-0" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="page-header"><h2 itemprop="name"><a href="%s" itemprop="url">%s</a></h2></div><p>%s</p><p class="readmore"><a class="btn" href="%s">Leer más: %s</a></p></div>' % (
                s.path, E(s.title), E(s.dek), s.path, E(s.title)) for s in sts) + "</div></div>"

    def themed(self):
        self.non("/edicion-impresa", "Edición impresa - La Voz del Litoral",
                 '<div class="item-page"><div class="page-header"><h2>Edición impresa</h2></div><p>La edición en papel de La Voz del Litoral sale de lunes a sábado. Descargue aquí el PDF de la edición del día o consulte el archivo de ediciones anteriores.</p>'
                 '<ul><li><a href="/images/pdf/2025-03-11.pdf">Martes 11 de marzo de 2025</a></li><li><a href="/images/pdf/2025-03-10.pdf">Lunes 10 de marzo de 2025</a></li><li><a href="/images/pdf/2025-03-08.pdf">Sábado 8 de marzo de 2025</a></li></ul></div>')
        avisos = ["VENDO casa en barrio Norte, 3 dormitorios, garaje. Tel. 4722 0000.", "ALQUILO apartamento monoambiente cerca de la terminal. Consultas 099 000 111.",
                  "NECESITO peón rural con experiencia en tambo, zona Guichón. 098 123 456."]
        self.non("/clasificados", "Clasificados - La Voz del Litoral", '<div class="item-page"><div class="page-header"><h2>Clasificados</h2></div><ul class="clasificados">' + "".join("<li>%s</li>" % E(a) for a in avisos) + "</ul></div>")
        self.non("/quienes-somos", "Quiénes somos - La Voz del Litoral",
                 '<div class="item-page"><div class="page-header"><h2 itemprop="headline">Quiénes somos</h2></div><div itemprop="articleBody"><p>La Voz del Litoral es un diario independiente de Paysandú fundado en 1951. Redacción: 18 de Julio 1120. Tel. 4722 0000.</p>'
                 '<p>Director: Gustavo Bentancur. Redactora responsable: Silvia Techera.</p></div></div>')


def uy():
    s = Joomla(196, "La Voz del Litoral")
    z = tz(-3)
    s.nav = [("/", "Inicio"), ("/locales", "Locales"), ("/departamentales", "Departamentales"), ("/edicion-impresa", "Edición impresa"), ("/clasificados", "Clasificados")]
    s.add(Story("rio-bajante", "El río Uruguay bajó a su nivel más bajo en diez años y complica la navegación",
                "Las barcazas de granos deben reducir su carga a la mitad.", datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z), ["Martín Suárez"],
                ["El río Uruguay registró esta semana su nivel más bajo en una década frente al puerto de Paysandú, con apenas 1,20 metros sobre el cero de la escala, una situación que ya afecta la navegación de las barcazas que transportan granos hacia Nueva Palmira.",
                 "Prácticos del puerto explicaron que varias embarcaciones debieron reducir su carga a la mitad para no tocar fondo en los pasos más críticos. La sequía en el sur de Brasil, donde nace el río, explica buena parte de la bajante.",
                 "Los pronósticos de la comisión binacional no prevén una recuperación significativa antes de fines de abril."],
                ("/locales", "Locales"), [("/component/tags/tag/rio-uruguay", "río Uruguay")], byline="<p><strong>Por Martín Suárez</strong></p>",
                extra={"user": "Administrador"}),
          "/locales/1841-el-rio-uruguay-bajo-a-su-nivel-mas-bajo-en-diez-anos-y-complica-la-navegacion")
    s.add(Story("terminal-omnibus", "Intendencia de Paysandú licita la nueva terminal de ómnibus",
                "Tendrá 18 andenes y estará sobre la avenida Soriano.", datetime.datetime(2025, 3, 4, 10, 0, tzinfo=z), ["Silvia Techera"],
                ["La Intendencia de Paysandú abrió el llamado a licitación para construir la nueva terminal de ómnibus de la ciudad, que se ubicará sobre la avenida Soriano y reemplazará a la actual, inaugurada hace más de 40 años.",
                 "El proyecto prevé 18 andenes, locales comerciales, un estacionamiento para 150 vehículos y una conexión directa con las líneas urbanas. Las empresas interesadas tendrán plazo hasta el 30 de abril para presentar sus ofertas.",
                 "El intendente aseguró que la obra se financiará con un préstamo de desarrollo y que no implicará aumentos en la contribución inmobiliaria."],
                ("/departamentales", "Departamentales"), [("/component/tags/tag/obras", "obras")], extra={"user": "Silvia Techera"}),
          "/departamentales/1846-intendencia-de-paysandu-licita-la-nueva-terminal-de-omnibus")
    s.add(Story("encuentro-carnaval", "Más de 20 mil personas pasaron por el Encuentro de Carnaval en la costanera",
                "Comparsas y murgas de todo el litoral desfilaron hasta pasada la medianoche.", datetime.datetime(2025, 3, 2, 12, 30, tzinfo=z), [],
                ["Más de 20 mil personas pasaron el fin de semana por la costanera norte de Paysandú para disfrutar del Encuentro de Carnaval, que reunió a comparsas, murgas y escuelas de samba de todo el litoral.",
                 "El desfile del sábado se extendió hasta pasada la medianoche y contó con la participación de delegaciones de Salto, Concepción del Uruguay y Colón. Los organizadores destacaron que no se registraron incidentes de importancia.",
                 "La comisión de carnaval ya trabaja en la edición del próximo año, que se espera ampliar con un tablado fijo en la plaza Constitución."],
                ("/locales", "Locales"), [("/component/tags/tag/carnaval", "carnaval")], extra={"user": "Redacción"}),
          "/locales/1838-mas-de-20-mil-personas-pasaron-por-el-encuentro-de-carnaval-en-la-costanera")
    s.finish()


# ---------------------------------------------------------------- Ecuador: WordPress Newsmag (td)
class Newsmag(Site):
    sep = " - "
    home_tag = "Diario de Manabí"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!doctype html ><html lang="es"><head><title>%s</title><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newsmag/style.css?ver=5.4.2" type="text/css" media="all" />%s</head>'
                '<body class="%s global-block-template-1 td-newsmag-pack td-boxed-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage"><div id="td-outer-wrap"><div class="td-outer-container">'
                '<div class="td-header-container td-header-wrap td-header-style-1"><div class="td-header-row td-header-top-menu"><div class="td-top-bar-container top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time">lunes, 10 marzo, 2025</div></div></div></div>'
                '<div class="td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/2021/03/logo-lhp.png" alt="La Hora del Pacífico" /><span class="td-visual-hidden">La Hora del Pacífico</span></a></div></div>'
                '<div class="td-header-menu-wrap"><div class="td-header-row td-header-border td-header-main-menu"><div id="td-header-menu" role="navigation"><ul class="sf-menu">%s</ul></div></div></div></div>'
                '<div class="td-container td-post-template-default"><div class="td-container-border"><div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">%s</div></div>'
                '<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><aside class="widget widget_text"><div class="block-title"><span>Clima en Portoviejo</span></div><div class="textwidget">31 °C, parcialmente nublado</div></aside></div></div></div></div></div>'
                '<div class="td-footer-container td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-footer-info"><div class="footer-text-wrap">La Hora del Pacífico &ndash; Portoviejo, Manabí. <a href="/quienes-somos/">Quiénes somos</a></div></div></div></div></div>'
                '<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; Copyright 2025 - La Hora del Pacífico</div></div></div></div></body></html>') % (E(title), head, cls, nav, body)

    def article(self, st):
        when = st.when
        user, upath = st.extra["user"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": self.url(st.path), "headline": st.title,
              "datePublished": when.isoformat(), "dateModified": when.isoformat(), "author": {"@type": "Person", "name": user, "url": self.url(upath)},
              "publisher": {"@type": "Organization", "name": "La Hora del Pacífico"}}
        head = ('<link rel="canonical" href="%s" /><meta property="og:type" content="article" /><meta property="og:title" content="%s" /><meta property="og:description" content="%s" />'
                '<meta property="article:published_time" content="%s" /><meta property="article:section" content="%s" />%s') % (
            self.url(st.path), E(st.title), E(st.dek), when.isoformat(), E(st.sec[1]), jl(ld))
        tags = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in st.tags)
        nxt = self.others(st, 1)[0]
        body = ('<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Inicio</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="%s">%s</a></span></div></div>'
                '<article id="post-%d" class="post-%d post type-post status-publish format-standard" itemscope itemtype="https://schema.org/Article">'
                '<div class="td-post-header td-pb-padding-side"><ul class="td-category"><li class="entry-category"><a href="%s">%s</a></li></ul><header><h1 class="entry-title">%s</h1>'
                '<div class="meta-info"><div class="td-post-author-name"><div class="td-author-by">Por</div> <a href="%s">%s</a><div class="td-author-line"> - </div></div>'
                '<div class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s" >%s</time></div>'
                '<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div></div></header></div>'
                '<div class="td-post-content td-pb-padding-side"><div class="td-post-featured-image"><img width="640" height="360" class="entry-thumb" src="/wp-content/uploads/2025/03/%s.jpg" alt="" /></div>%s</div>'
                '<footer><div class="td-post-source-tags td-pb-padding-side"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>%s</ul></div>'
                '<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Artículo siguiente</span><a href="%s">%s</a></div></div></div></footer></article>') % (
            st.sec[0], E(st.sec[1]), 7000 + len(st.slug), 7000 + len(st.slug), st.sec[0], E(st.sec[1]), E(st.title), upath, E(user), when.isoformat(),
            "%s %d, %d" % (MESES[when.month - 1], when.day, when.year), st.slug, st.byline + self.paras_html(st.body()), tags, nxt.path, E(nxt.title))
        return self.shell(st.title + " - La Hora del Pacífico", body, head, "post-template-default single single-post")

    def themed(self):
        self.non("/quienes-somos/", "Quiénes somos - La Hora del Pacífico",
                 '<div class="td-page-header"><h1 class="entry-title td-page-title"><span>Quiénes somos</span></h1></div><div class="td-page-content"><p>La Hora del Pacífico es un medio de comunicación manabita con sede en Portoviejo. Desde 1998 informa sobre los cantones de la provincia de Manabí.</p>'
                 '<p>Directora: Mariela Intriago. Jefe de redacción: Andrés Cedeño.</p></div>')
        self.rss("/feed.xml")


EFE_PARAS = ["Quito, 3 mar (EFE).- El Gobierno de Ecuador declaró este lunes el estado de emergencia en las provincias de Manabí, Los Ríos, Guayas y El Oro por las intensas lluvias que desde hace dos semanas provocan inundaciones, deslizamientos de tierra y daños en carreteras de la costa del país.",
             "Según el último informe de la Secretaría de Gestión de Riesgos, las precipitaciones han afectado a más de 12.000 familias y han dejado al menos 3.400 viviendas con daños, además de cientos de hectáreas de cultivos de arroz y banano anegadas.",
             "En Manabí, el desbordamiento de los ríos Portoviejo y Chone obligó a evacuar a decenas de familias, mientras que en Los Ríos varias vías que conectan con la Sierra permanecen cerradas por deslizamientos. El Instituto Nacional de Meteorología prevé que las lluvias continúen al menos hasta finales de marzo.",
             "La declaratoria permitirá a los gobiernos locales disponer de recursos de manera ágil para atender a los damnificados, informó la Presidencia en un comunicado."]
EFE_TITLE = "Ecuador declara emergencia en cuatro provincias por lluvias intensas"
EFE_DEK = "Las precipitaciones han afectado a más de 12.000 familias en la costa del país."
EFE_ORIG = U("127.0.4.197", "/2025/03/03/ecuador-declara-emergencia-en-cuatro-provincias-por-lluvias-intensas/")


def ec():
    s = Newsmag(197, "La Hora del Pacífico")
    z = tz(-5)
    s.nav = [("/category/manabi/", "Manabí"), ("/category/pais/", "País"), ("/category/educacion/", "Educación"), ("/quienes-somos/", "Quiénes somos")]
    s.add(Story("efe-emergencia", EFE_TITLE, EFE_DEK, datetime.datetime(2025, 3, 3, 10, 5, tzinfo=z), ["EFE"], EFE_PARAS,
                ("/category/pais/", "País"), [("/tag/lluvias/", "lluvias")], extra={"user": ("EFE", "/author/efe/"), "verbatim": True}, author_path=("/author/efe/", "EFE")),
          "/2025/03/03/ecuador-declara-emergencia-en-cuatro-provincias-por-lluvias-intensas/")
    s.add(Story("atuneros-manta", "Atuneros de Manta suspenden faenas por alza del combustible",
                "Al menos 30 embarcaciones de la flota permanecen en puerto.", datetime.datetime(2025, 3, 4, 17, 20, tzinfo=z), ["Gabriela Zambrano"],
                ["Armadores de la flota atunera de Manta anunciaron la suspensión temporal de las faenas de pesca de al menos 30 embarcaciones, en protesta por el incremento del precio del diésel para el sector industrial.",
                 "El gremio sostiene que el combustible representa más de la mitad del costo de cada viaje, que puede durar hasta 45 días en alta mar. Las plantas procesadoras advirtieron que, si la paralización se prolonga, tendrán que reducir turnos.",
                 "Representantes del Ministerio de Producción se reunirán con los armadores el próximo lunes en el puerto."],
                ("/category/manabi/", "Manabí"), [("/tag/pesca/", "pesca")], byline="<p><em>Gabriela Zambrano, corresponsal en Manta</em></p>",
                extra={"user": ("Gabriela Zambrano", "/author/gzambrano/")}, author_path=("/author/gzambrano/", "Gabriela Zambrano")),
          "/2025/03/04/atuneros-de-manta-suspenden-faenas-por-alza-del-combustible/")
    s.add(Story("agroindustrial", "Universidad de Portoviejo abre carrera de ingeniería agroindustrial",
                "Tendrá un cupo inicial de 80 estudiantes y prácticas con productores de cacao y café.", datetime.datetime(2025, 3, 6, 9, 0, tzinfo=z), ["Andrés Cedeño"],
                ["La universidad pública de Portoviejo abrirá este semestre la carrera de Ingeniería Agroindustrial, con un cupo inicial de 80 estudiantes y un enfoque en el procesamiento del cacao, el café y las frutas tropicales que produce la provincia.",
                 "El rector explicó que la malla curricular se diseñó junto con asociaciones de productores de Manabí, que recibirán a los estudiantes en prácticas desde el segundo año. Las clases se dictarán en el campus de la parroquia Andrés de Vera.",
                 "Las inscripciones estarán abiertas hasta el 20 de marzo a través de la plataforma de admisión de la institución."],
                ("/category/educacion/", "Educación"), [("/tag/universidades/", "universidades")],
                extra={"user": ("Andrés Cedeño", "/author/acedeno/")}, author_path=("/author/acedeno/", "Andrés Cedeño")),
          "/2025/03/06/universidad-de-portoviejo-abre-carrera-de-ingenieria-agroindustrial/")
    s.finish()


# ---------------------------------------------------------------- Guatemala: in-house PHP
class Xela(Site):
    home_tag = "Noticias de Quetzaltenango y el occidente"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/assets/css/main.css?v=3.2">%s</head>'
                '<body class="%s"><header class="header"><div class="header-top"><span class="hoy">Quetzaltenango, martes 11 de marzo de 2025</span><span class="clima">Xela 14 °C</span></div>'
                '<div class="logo"><a href="/"><img src="/assets/img/logo-quetzalteco.svg" alt="El Quetzalteco Hoy"></a></div><ul class="nav">%s</ul></header>'
                '<div class="wrap">%s</div><footer class="footer"><p>El Quetzalteco Hoy &copy; 2025 &middot; 4a. calle 12-34 zona 1, Quetzaltenango</p><p><a href="/columnistas/">Columnistas</a> | <a href="/horoscopo/">Horóscopo</a></p></footer></body></html>') % (
            E(title), head, cls, nav, body)

    def article(self, st):
        when = st.when
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": when.strftime("%Y-%m-%d %H:%M:%S"),
              "author": st.extra["ld_author"], "publisher": {"@type": "Organization", "name": "El Quetzalteco Hoy"}, "image": self.url("/fotos/%s.jpg" % st.slug)}
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">%s%s') % (
            E(st.dek), E(st.title), self.url(st.path), st.extra.get("canon", ""), jl(ld))
        tags = ", ".join('<a href="%s">%s</a>' % (p, E(l)) for p, l in st.tags)
        ps = st.body()
        tail = st.tail or ""
        body = ('<section class="noticia"><div class="breadcrumb"><a href="/">Inicio</a> &raquo; <a href="%s">%s</a></div><h1 class="noticia-titulo">%s</h1><p class="noticia-sumario">%s</p>'
                '<div class="noticia-info"><span class="noticia-autor">%s</span> <span class="noticia-fecha">Publicado el %d %s %d a las %s</span></div>'
                '<figure class="noticia-foto"><img src="/fotos/%s.jpg" alt=""></figure><div class="noticia-cuerpo">%s%s</div><div class="noticia-tags">Temas: %s</div></section>'
                '<aside class="relacionadas"><h4>Más noticias</h4><ul>%s</ul></aside>') % (
            st.sec[0], E(st.sec[1]), E(st.title), E(st.dek), st.byline, when.day, MESES[when.month - 1][:3], when.year, when.strftime("%H:%M"),
            st.slug, self.paras_html(ps), tail, tags, "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in self.others(st, 3)))
        return self.shell(st.title + " - El Quetzalteco Hoy", body, head, "nota")

    def themed(self):
        signos = [("Aries", "Día favorable para los negocios; evita discusiones en casa."), ("Tauro", "Recibirás una propuesta que vale la pena escuchar."),
                  ("Géminis", "Organiza tus finanzas antes de fin de mes."), ("Cáncer", "Un viaje corto te traerá alegría."), ("Leo", "Cuida tu salud y descansa más.")]
        self.non("/horoscopo/", "Horóscopo de hoy - El Quetzalteco Hoy", '<section class="horoscopo"><h1>Horóscopo del martes 11 de marzo de 2025</h1>' + "".join(
            '<div class="signo"><h2>%s</h2><p>%s</p></div>' % (E(a), E(b)) for a, b in signos) + "</section>", head='<meta property="og:type" content="article">')
        cols = [("Mario Roberto Morales", "Desde el altiplano"), ("Ingrid Roldán", "Voces de mujer"), ("Edgar Sacalxot", "Crónica quetzalteca")]
        self.non("/columnistas/", "Columnistas - El Quetzalteco Hoy", '<section><h1>Columnistas</h1>' + "".join(
            '<div class="columnista"><h2>%s</h2><p class="columna">Columna: %s</p></div>' % (E(n), E(c)) for n, c in cols) + "</section>")


def gt():
    s = Xela(198, "El Quetzalteco Hoy")
    z = tz(-6)
    s.nav = [("/departamentales/", "Departamentales"), ("/nacionales/", "Nacionales"), ("/internacionales/", "Internacionales"), ("/columnistas/", "Columnistas"), ("/horoscopo/", "Horóscopo")]
    s.add(Story("mercado-democracia", "Xela amplía horario del mercado La Democracia por temporada de Cuaresma",
                "Los locales abrirán de cinco de la mañana a ocho de la noche.", datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z), ["Ana Lucía Xicará"],
                ["La municipalidad de Quetzaltenango amplió el horario de atención del mercado La Democracia durante la temporada de Cuaresma, que este año comienza el miércoles 5 de marzo, para atender la mayor demanda de pescado seco, frutas y dulces típicos.",
                 "Los locales podrán abrir desde las cinco de la mañana y cerrar a las ocho de la noche. La administración del mercado reforzará la limpieza y colocará puestos de la Policía Municipal en los accesos de la 16 avenida.",
                 "Vendedoras consultadas esperan que las ventas mejoren respecto del año pasado, cuando las lluvias tempranas redujeron la afluencia de compradores."],
                ("/departamentales/", "Departamentales"), [("/tema/cuaresma/", "Cuaresma")], byline='Por <a href="/autor/ana-lucia-xicara/">Ana Lucía Xicará</a>',
                author_path=("/autor/ana-lucia-xicara/", "Ana Lucía Xicará"), extra={"ld_author": "Ana Lucía Xicará"}, stated_zone=False),
          "/departamentales/xela-amplia-horario-del-mercado-la-democracia-por-temporada-de-cuaresma")
    s.add(Story("interamericana-toto", "Totonicapán: autoridades indígenas piden reparar la ruta Interamericana",
                "Los 48 Cantones dieron un plazo de quince días al Ministerio de Comunicaciones.", datetime.datetime(2025, 3, 5, 12, 50, tzinfo=z), ["Byron Coyoy"],
                ["Representantes de los 48 Cantones de Totonicapán entregaron al Ministerio de Comunicaciones un memorial en el que exigen la reparación inmediata de los hundimientos en la ruta Interamericana, a la altura de Cuatro Caminos.",
                 "Los líderes comunitarios advirtieron que los agujeros provocan accidentes casi a diario y que el tránsito pesado se desvía hacia caminos vecinales que no fueron diseñados para soportarlo. Dieron un plazo de quince días para recibir una respuesta.",
                 "El ministerio indicó que una cuadrilla evaluará el tramo esta semana y que la reparación se incluirá en el programa de mantenimiento de 2025."],
                ("/departamentales/", "Departamentales"), [("/tema/carreteras/", "carreteras")], byline="Escrito por Byron Coyoy, corresponsal en Totonicapán",
                extra={"ld_author": "Byron Coyoy"}, stated_zone=False),
          "/departamentales/totonicapan-autoridades-indigenas-piden-reparar-la-ruta-interamericana")
    s.add(Story("sismo-occidente", "Reportan sismo de 5.1 sentido en el occidente del país",
                "El epicentro se localizó frente a las costas de San Marcos.", datetime.datetime(2025, 3, 6, 6, 12, tzinfo=z), [],
                ["Un sismo de magnitud 5.1 sacudió la madrugada de este jueves el occidente de Guatemala, según el Instituto Nacional de Sismología. El epicentro se localizó frente a las costas de San Marcos, a una profundidad de 60 kilómetros.",
                 "El movimiento se sintió con fuerza en Quetzaltenango, San Marcos y Retalhuleu, donde vecinos salieron a las calles por precaución. La Coordinadora Nacional para la Reducción de Desastres informó que no se reportaban daños ni personas heridas.",
                 "Las autoridades recordaron a la población revisar sus planes familiares de emergencia y mantener una mochila con documentos y agua."],
                ("/nacionales/", "Nacionales"), [("/tema/sismos/", "sismos")], byline="Por: Redacción", extra={"ld_author": "Redacción"}, stated_zone=False),
          "/nacionales/reportan-sismo-de-5-1-sentido-en-el-occidente-del-pais")
    # the EFE cable, republished three and a half hours after the Ecuadorian paper ran it
    s.add(Story("efe-emergencia-copia", EFE_TITLE, EFE_DEK, datetime.datetime(2025, 3, 3, 13, 40, tzinfo=z), ["EFE"], EFE_PARAS,
                ("/internacionales/", "Internacionales"), [("/tema/ecuador/", "Ecuador")], byline="Por Agencia EFE",
                extra={"ld_author": {"@type": "Organization", "name": "Agencia EFE"}, "verbatim": True}, tail="<p><em>Fuente: EFE</em></p>", stated_zone=False),
          "/internacionales/ecuador-declara-emergencia-en-cuatro-provincias-por-lluvias-intensas", synd_orig=EFE_ORIG)
    s.finish()


# ---------------------------------------------------------------- Cuba: Granma-like
class Granma(Site):
    sep = " › "
    home_tag = "Órgano oficial del Comité Provincial del Partido"

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="/css/g-style.css">'
                '<link rel="alternate" type="application/rss+xml" title="Vanguardia Oriental" href="/rss.xml">%s</head><body class="%s"><div class="g-header"><div class="g-header-top"><span class="g-fecha">Martes, 11 de Marzo de 2025</span></div>'
                '<div class="g-logo"><a href="/"><img src="/img/vanguardia-logo.png" alt="Vanguardia Oriental"></a><span class="g-lema">Órgano oficial del Comité Provincial del Partido</span></div>'
                '<ul class="g-menu">%s</ul></div><div class="g-content">%s</div><div class="g-footer"><p>Vanguardia Oriental. Santiago de Cuba. ISSN 0000-0000</p>'
                '<ul><li><a href="/quienes-somos">Quiénes somos</a></li><li><a href="/edicion-impresa">Edición impresa</a></li></ul></div></body></html>') % (E(title), head, cls, nav, body)

    def article(self, st):
        when = st.when
        head = '<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="Vanguardia Oriental">' % (
            E(st.dek), E(st.title))
        auth = "".join('<div class="author">Autor: <a href="%s">%s</a> | <a href="mailto:internet@vanguardia.cu">internet@vanguardia.cu</a></div>' % (p, E(n)) for n, p in st.extra["autores"])
        tags = "".join('<a class="g-tag" href="%s">%s</a>' % (p, E(l)) for p, l in st.tags)
        body = ('<div class="g-story"><div class="g-story-header"><h1 class="g-story-heading">%s</h1><p class="g-story-description">%s</p></div>'
                '<div class="g-story-meta">%s<span class="dateline">%d de %s de %d %s</span></div>'
                '<figure class="g-story-image"><img src="/file/img/2025/02/medium/%s.jpg" alt=""><figcaption>Foto: del autor</figcaption></figure>'
                '<div class="story-body-textt">%s</div><div class="g-story-tags">Temas: %s</div>'
                '<div class="g-story-related"><h3>Ver además:</h3><ul>%s</ul></div></div>') % (
            E(st.title), E(st.dek), auth, when.day, MESES[when.month - 1], when.year, when.strftime("%H:%M:%S"), st.slug, self.paras_html(st.body()), tags,
            "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in self.others(st, 2)))
        return self.shell("%s › %s › Vanguardia Oriental" % (st.title, st.sec[1]), body, head, "g-node")

    def bio(self, name):
        return "Periodista de Vanguardia Oriental. Artículos de %s." % name

    def themed(self):
        self.non("/edicion-impresa", "Edición impresa › Vanguardia Oriental",
                 '<div class="g-page"><h1>Edición impresa</h1><p>Descargue en formato PDF la edición semanal impresa de Vanguardia Oriental.</p><ul><li><a href="/pdf/2025/02/07.pdf">Viernes 7 de febrero de 2025</a></li><li><a href="/pdf/2025/01/31.pdf">Viernes 31 de enero de 2025</a></li></ul></div>')
        self.non("/quienes-somos", "Quiénes somos › Vanguardia Oriental",
                 '<div class="g-page"><h1>Quiénes somos</h1><p>Vanguardia Oriental es el periódico del Comité Provincial del Partido en Santiago de Cuba. Fundado en 1959, sale impreso los viernes y se actualiza diariamente en su sitio digital.</p>'
                 '<p>Directora: Odalis Riquenes Cutiño. Subdirector editorial: Eduardo Palomares.</p></div>')
        self.rss("/rss.xml", gmt=True)


def cu():
    s = Granma(199, "Vanguardia Oriental")
    z = tz(-5)
    s.nav = [("/cuba", "Cuba"), ("/cultura", "Cultura"), ("/edicion-impresa", "Edición impresa")]
    s.add(Story("baracoa-viviendas", "Avanza en Baracoa la recuperación de viviendas dañadas por el huracán Oscar",
                "El Consejo de Defensa Municipal informó más de 1 200 viviendas recuperadas.", datetime.datetime(2025, 2, 3, 21, 2, 15, tzinfo=z), ["Yaditza del Sol González"],
                ["Más de 1 200 viviendas afectadas por el paso del huracán Oscar en el municipio de Baracoa han sido recuperadas total o parcialmente, informó el Consejo de Defensa Municipal en su balance del mes de enero.",
                 "Brigadas de constructores llegados de otras provincias orientales trabajan en los consejos populares de Paso de Cuba y Cabacú, donde se concentraron los mayores daños en techos. La producción local de tejas y la entrega de materiales a precios subsidiados han sido decisivas, según las autoridades del territorio.",
                 "Los trabajos se extenderán durante el primer semestre del año, con prioridad para las familias con niños pequeños y adultos mayores."],
                ("/cuba", "Cuba"), [("/tema/huracan-oscar", "Huracán Oscar")], author_path=("/autor/yaditza-del-sol-gonzalez", "Yaditza del Sol González"),
                extra={"autores": [("Yaditza del Sol González", "/autor/yaditza-del-sol-gonzalez")]}, stated_zone=False),
          "/cuba/2025-02-03/avanza-en-baracoa-la-recuperacion-de-viviendas-danadas-por-el-huracan-oscar-03-02-2025-21-02-15")
    s.add(Story("urbano-noris", "Central azucarero Urbano Noris inicia la zafra con tres semanas de atraso",
                "Más de 600 trabajadores participan en la contienda.", datetime.datetime(2025, 2, 5, 18, 40, 2, tzinfo=z), ["Ventura de Jesús", "Nelson García Santos"],
                ["El central Urbano Noris, en la provincia de Holguín, inició la molienda de la zafra 2024-2025 con tres semanas de atraso respecto del cronograma, debido a demoras en la reparación de los molinos y a la falta de piezas de repuesto para las calderas.",
                 "Directivos del ingenio explicaron que la caña disponible en los campos tiene buenos rendimientos y que se trabaja para recuperar el tiempo perdido con jornadas extendidas. Más de 600 trabajadores participan en la contienda.",
                 "El plan prevé producir unas 18 000 toneladas de azúcar destinadas al consumo nacional."],
                ("/cuba", "Cuba"), [("/tema/zafra", "Zafra")],
                extra={"autores": [("Ventura de Jesús", "/autor/ventura-de-jesus"), ("Nelson García Santos", "/autor/nelson-garcia-santos")],
                       "author_pages": [("/autor/ventura-de-jesus", "Ventura de Jesús"), ("/autor/nelson-garcia-santos", "Nelson García Santos")]}, stated_zone=False),
          "/cuba/2025-02-05/central-azucarero-urbano-noris-inicia-la-zafra-con-tres-semanas-de-atraso-05-02-2025-18-40-02")
    s.add(Story("feria-libro-santiago", "Convocan en Santiago de Cuba la Feria Internacional del Libro en su etapa provincial",
                "Sesionará del 2 al 6 de abril en el parque Céspedes y la Casa del Caribe.", datetime.datetime(2025, 2, 10, 9, 15, 40, tzinfo=z), [],
                ["La Feria Internacional del Libro sesionará en Santiago de Cuba del 2 al 6 de abril, con presentaciones en el parque Céspedes, la Casa del Caribe y diversas librerías de la ciudad, anunció el Centro Provincial del Libro y la Literatura.",
                 "Entre las novedades figuran títulos de autores santiagueros publicados por Ediciones Santiago y Editorial Oriente, así como encuentros con escritores de otras provincias. Habrá también espacios dedicados a la literatura infantil y a la historia local.",
                 "Los organizadores reconocieron que las tiradas serán limitadas por la escasez de papel, pero aseguraron que se priorizará la presencia de los libros en las escuelas."],
                ("/cultura", "Cultura"), [("/tema/feria-del-libro", "Feria del Libro")],
                extra={"autores": [("Redacción Nacional", "/autor/redaccion-nacional")], "author_pages": [("/autor/redaccion-nacional", "Redacción Nacional")]}, stated_zone=False,
                must_not=["Ver además:"]),
          "/cultura/2025-02-10/convocan-en-santiago-de-cuba-la-feria-internacional-del-libro-en-su-etapa-provincial-10-02-2025-09-15-40")
    s.finish()


# ---------------------------------------------------------------- Brazil / Minas: in-house
class HojeMinas(Site):
    lang = "pt-BR"
    sep = " - "
    home_tag = "Notícias de Belo Horizonte e Minas Gerais"

    def bio(self, name):
        return "%s é repórter do Hoje em Minas." % name

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body class="%s"><header class="header-hm"><div class="header-top"><span class="data-hoje">Terça-feira, 11 de março de 2025</span></div><a class="logo-hm" href="/"><img src="/static/img/logo-hm.svg" alt="Hoje em Minas"></a>'
                '<nav class="menu-editorias"><ul>%s</ul></nav></header><main class="container">%s</main>'
                '<footer class="footer-hm"><p>&copy; 2025 Hoje em Minas - Todos os direitos reservados</p><ul><li><a href="/fale-conosco/">Fale conosco</a></li><li><a href="/politica-de-privacidade/">Política de privacidade</a></li><li><a href="/horoscopo/">Horóscopo</a></li></ul></footer></body></html>') % (
            E(title), head, cls, nav, body)

    def article(self, st):
        when, upd = st.when, st.extra["upd"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "description": st.dek, "datePublished": when.isoformat(), "dateModified": upd.isoformat(),
              "author": st.extra["ld_author"], "publisher": {"@type": "Organization", "name": "Hoje em Minas", "logo": {"@type": "ImageObject", "url": self.url("/static/img/logo-hm.png")}},
              "mainEntityOfPage": self.url(st.path)}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">%s') % (
            E(st.dek), self.url(st.path), E(st.title), when.isoformat(), upd.isoformat(), jl(ld))
        tags = "".join('<a class="tag" href="%s">%s</a>' % (p, E(l)) for p, l in st.tags)
        body = ('<article class="article-hm"><div class="article-header"><span class="chapeu">%s</span><h1 class="title">%s</h1><h2 class="subtitle">%s</h2>'
                '<div class="article-info"><div class="author-info">%s</div><div class="date-info"><time datetime="%s">%s</time> - atualizado <time datetime="%s">%s</time></div></div></div>'
                '<figure class="article-image"><img src="/static/fotos/2025/03/%s.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="article-body" itemprop="articleBody">%s%s</div><div class="article-tags">%s</div>'
                '<section class="leia-tambem"><h3>Leia também</h3><ul>%s</ul></section></article>') % (
            E(st.extra["chapeu"]), E(st.title), E(st.dek), st.byline, when.isoformat(), when.strftime("%d/%m/%Y %H:%M"), upd.isoformat(), upd.strftime("%d/%m/%Y %H:%M"),
            st.slug, E(st.extra.get("foto", "Foto: Reprodução")), self.paras_html(st.body()), st.tail or "", tags,
            "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in self.others(st, 2)))
        return self.shell("%s - %s - Hoje em Minas" % (st.title, st.sec[1]), body, head, "materia")

    def themed(self):
        signos = [("Áries", "Dia bom para colocar planos em prática."), ("Touro", "Cuidado com gastos por impulso."), ("Gêmeos", "Uma conversa franca resolve mal-entendidos."),
                  ("Câncer", "A família pede mais atenção hoje."), ("Leão", "Seu carisma abre portas no trabalho.")]
        self.non("/horoscopo/", "Horóscopo do dia - Hoje em Minas", '<section class="horoscopo"><h1>Horóscopo do dia: terça-feira, 11 de março</h1>' + "".join(
            '<div class="signo"><h2>%s</h2><p>%s</p></div>' % (E(a), E(b)) for a, b in signos) + "</section>", head='<meta property="og:type" content="article">')
        self.non("/fale-conosco/", "Fale conosco - Hoje em Minas", '<section><h1>Fale conosco</h1><p>Redação: Av. Afonso Pena, 1500, Centro, Belo Horizonte. Telefone (31) 3000-0000.</p><p>E-mail: redacao@hojeemminas.com.br</p></section>')
        self.non("/politica-de-privacidade/", "Política de privacidade - Hoje em Minas",
                 '<section><h1>Política de privacidade</h1><p>O Hoje em Minas respeita a Lei Geral de Proteção de Dados (LGPD). Coletamos apenas os dados necessários para o envio de newsletters e a gestão de assinaturas.</p><p>Dúvidas podem ser enviadas ao encarregado de dados pelo e-mail privacidade@hojeemminas.com.br.</p></section>')
        self.sitemap()


def mg():
    s = HojeMinas(200, "Hoje em Minas")
    z = tz(-3)
    s.nav = [("/gerais/", "Gerais"), ("/politica/", "Política"), ("/horoscopo/", "Horóscopo")]
    w = datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z)
    s.add(Story("chuva-bh", "Chuva forte alaga avenidas e derruba árvores em Belo Horizonte",
                "Defesa Civil registrou 48 milímetros em menos de uma hora no Barreiro.", w, [],
                ["Uma chuva forte que atingiu Belo Horizonte no fim da tarde desta segunda-feira alagou trechos das avenidas Tereza Cristina e Vilarinho, derrubou pelo menos 15 árvores e deixou bairros das regiões Oeste e Venda Nova sem energia elétrica.",
                 "A Defesa Civil municipal registrou 48 milímetros em menos de uma hora na estação do Barreiro, volume que corresponde a quase um quarto do esperado para todo o mês de março. Motoristas ficaram ilhados e precisaram ser retirados por equipes do Corpo de Bombeiros.",
                 "O alerta para tempestades segue válido até a manhã de quarta-feira, e a recomendação é evitar áreas próximas a córregos durante as pancadas."],
                ("/gerais/", "Gerais"), [("/tag/chuva/", "chuva")], byline='<span class="author-name">Da Redação</span>',
                extra={"upd": w + datetime.timedelta(minutes=46), "chapeu": "TEMPORAL", "ld_author": {"@type": "Organization", "name": "Hoje em Minas"}}),
          "/gerais/2025/03/03/interna_gerais,1841235/chuva-forte-alaga-avenidas-e-derruba-arvores-em-belo-horizonte.shtml")
    w = datetime.datetime(2025, 3, 5, 14, 10, tzinfo=z)
    s.add(Story("feira-hippie", "Feira Hippie da Afonso Pena ganha novo layout de barracas",
                "Corredores mais largos e setores reorganizados a partir de abril.", w, ["Ana Luiza Prado"],
                ["A tradicional Feira de Artes e Artesanato da Avenida Afonso Pena, conhecida como Feira Hippie, vai ganhar um novo layout a partir de abril, com corredores mais largos, barracas padronizadas e setores reorganizados por tipo de produto.",
                 "Segundo a Prefeitura de Belo Horizonte, a mudança atende a pedidos antigos dos expositores e dos frequentadores, que reclamavam da dificuldade de circulação aos domingos. Os cerca de 1.700 feirantes passarão por um recadastramento nas próximas semanas.",
                 "A feira, que existe desde 1969, recebe em média 70 mil pessoas por domingo, de acordo com a prefeitura."],
                ("/gerais/", "Gerais"), [("/tag/feira-hippie/", "Feira Hippie")], byline='<span class="author-name"><a href="/autor/ana-luiza-prado/">Ana Luiza Prado*</a></span>',
                author_path=("/autor/ana-luiza-prado/", "Ana Luiza Prado"), tail="<p><em>*Estagiária sob supervisão do subeditor Marcos Tavares</em></p>",
                extra={"upd": w + datetime.timedelta(hours=2), "chapeu": "BELO HORIZONTE", "ld_author": [{"@type": "Person", "name": "Ana Luiza Prado"}]}),
          "/gerais/2025/03/05/interna_gerais,1842010/feira-hippie-da-afonso-pena-ganha-novo-layout-de-barracas.shtml")
    w = datetime.datetime(2025, 3, 6, 19, 30, tzinfo=z)
    s.add(Story("mariana-reassentamento", "Atingidos de Mariana cobram cronograma de reassentamento",
                "Dezenas de famílias ainda vivem em imóveis alugados quase dez anos depois da tragédia.", w, ["Bernardo Lage"],
                ["MARIANA - Moradores atingidos pelo rompimento da barragem de Fundão, em 2015, cobraram nesta quinta-feira um cronograma definitivo para a entrega das casas que ainda faltam nos reassentamentos de Bento Rodrigues e Paracatu de Baixo.",
                 "Em audiência pública na Câmara Municipal, representantes das comissões de atingidos relataram que dezenas de famílias continuam vivendo em imóveis alugados, quase dez anos depois da tragédia. A fundação responsável pelas reparações afirmou que a maior parte das obras está concluída.",
                 "O Ministério Público informou que vai acompanhar o caso e pedir relatórios mensais sobre o andamento das entregas."],
                ("/politica/", "Política"), [("/tag/mariana/", "Mariana")],
                byline='<span class="author-name"><a href="/autor/bernardo-lage/">Bernardo Lage</a></span><span class="author-role">Enviado especial a Mariana</span>',
                author_path=("/autor/bernardo-lage/", "Bernardo Lage"),
                extra={"upd": w + datetime.timedelta(minutes=20), "chapeu": "TRAGÉDIA DE FUNDÃO", "ld_author": [{"@type": "Person", "name": "Bernardo Lage"}]},
                must_not=["Leia também"]),
          "/politica/2025/03/06/interna_politica,1842530/atingidos-de-mariana-cobram-cronograma-de-reassentamento.shtml")
    s.finish()


# ---------------------------------------------------------------- Brazil / Pernambuco: Newspaper tdb cloud template
class Tdb(Site):
    lang = "pt-BR"
    sep = " - "
    home_tag = "Notícias do Recife e de Pernambuco"

    def bio(self, name):
        return "%s escreve para a Folha do Capibaribe." % name

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="menu-item"><a href="%s"><div class="tdb-menu-item-text">%s</div></a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!doctype html ><html lang="pt-BR"><head><title>%s</title><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.6.5" type="text/css" media="all" />%s</head>'
                '<body class="%s td-standard-pack global-block-template-1 tdb-template td-full-layout"><div class="td-scroll-up"></div><div id="td-outer-wrap" class="td-theme-wrap">'
                '<div class="td-header-template-wrap" style="position: relative"><div class="td-header-desktop-wrap"><div id="tdi_1" class="tdc-zone"><div class="tdc_zone tdi_2 wpb_row td-pb-row tdc-element-style">'
                '<div class="td_block_wrap tdb_header_date tdi_5 td-pb-border-top td_block_template_1 tdb-header-align"><div class="tdb-block-inner td-fix-index"><div class="tdb-head-date-txt">terça-feira, março 11, 2025</div></div></div>'
                '<div class="td_block_wrap tdb_header_logo tdi_8 td-pb-border-top td_block_template_1 tdb-header-align"><div class="tdb-block-inner td-fix-index"><a class="tdb-logo-a" href="/"><span class="tdb-logo-text-wrap"><span class="tdb-logo-text-title">Folha do Capibaribe</span></span></a></div></div>'
                '<div class="td_block_wrap tdb_header_menu tdi_10 tds_menu_active1 tds_menu_sub_active1 td-pb-border-top td_block_template_1 tdb-header-align"><div id="tdi_10" class="td_block_inner td-fix-index"><ul id="menu-principal-1" class="tdb-block-menu tdb-menu tdb-menu-items-visible">%s</ul></div></div>'
                '</div></div></div></div><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap">%s</div></div>'
                '<div class="td-footer-template-wrap" style="position: relative"><div class="td-footer-wrap"><div class="tdc_zone"><div class="tdb-block-inner">&copy; Folha do Capibaribe 2025 &middot; <a href="/expediente/">Expediente</a> &middot; <a href="/edicao-digital/">Edição digital</a></div></div></div></div></div></body></html>') % (
            E(title), head, cls, nav, body)

    def article(self, st):
        when = st.when
        user, upath = st.extra["user"]
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": self.url(st.path) + "#article", "isPartOf": {"@id": self.url(st.path)}, "author": {"name": user, "@id": self.url("/#/schema/person/" + upath.strip("/").split("/")[-1])},
             "headline": st.title, "datePublished": utc00(when), "dateModified": utc00(when + datetime.timedelta(minutes=12)), "mainEntityOfPage": {"@id": self.url(st.path)},
             "publisher": {"@id": self.url("/#organization")}, "inLanguage": "pt-BR"},
            {"@type": "Person", "@id": self.url("/#/schema/person/" + upath.strip("/").split("/")[-1]), "name": user, "url": self.url(upath)},
            {"@type": "Organization", "@id": self.url("/#organization"), "name": "Folha do Capibaribe"}]}
        head = ('<link rel="canonical" href="%s" /><meta property="og:locale" content="pt_BR" /><meta property="og:type" content="article" /><meta property="og:title" content="%s - Folha do Capibaribe" />'
                '<meta property="og:description" content="%s" /><meta property="article:published_time" content="%s" /><meta property="article:modified_time" content="%s" />'
                '<meta name="author" content="%s" /><meta name="twitter:label1" content="Escrito por" /><meta name="twitter:data1" content="%s" />%s') % (
            self.url(st.path), E(st.title), E(st.dek), utc00(when), utc00(when + datetime.timedelta(minutes=12)), E(user), E(user), jl(ld))
        tags = "".join('<a href="%s">%s</a>' % (p, E(l)) for p, l in st.tags)
        body = ('<div id="tdi_40" class="tdc-row"><div class="vc_row tdi_41 wpb_row td-pb-row"><div class="vc_column tdi_43 wpb_column vc_column_container tdc-column td-pb-span12"><div class="wpb_wrapper">'
                '<div class="td_block_wrap tdb_breadcrumbs tdi_44 td-pb-border-top td_block_template_1 tdb-breadcrumbs"><div class="tdb-block-inner td-fix-index"><span><a title="" class="tdb-entry-crumb" href="/">Início</a></span><i class="tdc-font-tdmp tdc-font-tdmp-arrow-right tdb-bread-sep"></i><span><a class="tdb-entry-crumb" href="%s">%s</a></span></div></div>'
                '<div class="td_block_wrap tdb_title tdi_45 tdb-single-title td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">%s</h1><div></div><div class="tdb-title-line"></div></div></div>'
                '<div class="td_block_wrap tdb_single_subtitle tdi_46 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><p>%s</p></div></div>'
                '<div class="td_block_wrap tdb_single_author tdi_47 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo" href="%s" title="%s"><img alt="%s" src="/wp-content/uploads/avatar-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96" /></a>'
                '<div class="tdb-author-by">Por</div><a class="tdb-author-name" href="%s">%s</a></div></div>'
                '<div class="td_block_wrap tdb_single_date tdi_48 td-pb-border-top td_block_template_1 tdb-post-meta"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="%s" >%s</time></div></div>'
                '</div></div></div></div></div>'
                '<div id="tdi_50" class="tdc-row"><div class="vc_row tdi_51 wpb_row td-pb-row"><div class="vc_column tdi_53 wpb_column vc_column_container tdc-column td-pb-span8"><div class="wpb_wrapper">'
                '<div class="td_block_wrap tdb_single_featured_image tdi_54 tdb-content-horiz-left td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><img class="entry-thumb" src="/wp-content/uploads/2025/03/%s.jpg" alt="" /></div></div>'
                '<div class="td_block_wrap tdb_single_content tdi_55 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">%s</div></div>'
                '<div class="td_block_wrap tdb_single_tags tdi_56 td-pb-border-top td_block_template_1"><div class="tdb-block-inner td-fix-index"><ul class="tdb-tags"><li><span>Tags</span></li>%s</ul></div></div>'
                '</div></div><div class="vc_column tdi_60 wpb_column vc_column_container tdc-column td-pb-span4"><div class="wpb_wrapper"><div class="td_block_wrap td_flex_block_1"><h4 class="td-block-title"><span>Mais lidas</span></h4>%s</div></div></div></div></div>') % (
            st.sec[0], E(st.sec[1]), E(st.title), E(st.dek), upath, E(user), E(user), upath, E(user), when.isoformat(), st.extra["shown"], st.slug,
            st.byline + self.paras_html(st.body()), tags,
            "".join('<div class="td_module_flex"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3></div>' % (o.path, E(o.title)) for o in self.others(st, 2)))
        return self.shell(st.title + " - Folha do Capibaribe", body, head, "post-template-default single single-post")

    def themed(self):
        self.non("/edicao-digital/", "Edição digital - Folha do Capibaribe",
                 '<div class="td-container"><h1 class="tdb-title-text">Edição digital</h1><p>Leia a edição impressa completa da Folha do Capibaribe no seu computador, tablet ou celular.</p><p class="edicao-data">Edição de terça-feira, 11 de março de 2025</p>'
                 '<div class="flipbook"><iframe src="/flip/2025-03-11/" width="100%" height="800"></iframe></div><p>Assinantes têm acesso ao acervo desde 2010.</p></div>')
        staff = [("Diretor de Redação", "Paulo Sérgio Maranhão"), ("Editora-chefe", "Luciana Barbosa"), ("Editor de Cidades", "Thiago Albuquerque"),
                 ("Repórteres", "Renata Cavalcanti, Fábio Lins, Marília Gusmão"), ("Fotografia", "Hélio Duarte")]
        self.non("/expediente/", "Expediente - Folha do Capibaribe", '<div class="td-container"><h1 class="tdb-title-text">Expediente</h1><dl>' + "".join(
            "<dt>%s</dt><dd>%s</dd>" % (E(a), E(b)) for a, b in staff) + "</dl><p>Rua do Imperador, 350, Santo Antônio, Recife - PE</p></div>")
        self.rss("/feed.xml")


def pb():
    s = Tdb(201, "Folha do Capibaribe")
    z = tz(-3)
    s.nav = [("/category/recife/", "Recife"), ("/category/carnaval/", "Carnaval"), ("/category/pernambuco/", "Pernambuco"), ("/edicao-digital/", "Edição digital")]
    pub = (NOW - datetime.timedelta(hours=3)).astimezone(z)
    s.add(Story("metro-recife", "Metrô do Recife opera com intervalos maiores após pane na Linha Centro",
                "Companhia acionou ônibus extras para atender os passageiros.", pub, ["Thiago Albuquerque"],
                ["O metrô do Recife opera com intervalos de até 25 minutos na Linha Centro depois de uma pane elétrica registrada no início da manhã entre as estações Joana Bezerra e Afogados, segundo a companhia responsável pelo sistema.",
                 "Passageiros relataram plataformas lotadas e trens parados por vários minutos entre as estações. A companhia informou que técnicos trabalham na substituição de um cabo da rede aérea e que ônibus extras foram acionados para atender os usuários.",
                 "Não há previsão para a normalização completa da operação, de acordo com a nota divulgada pela empresa."],
                ("/category/recife/", "Recife"), [("/tag/metro/", "metrô")], author_path=("/author/thiago-albuquerque/", "Thiago Albuquerque"),
                extra={"user": ("Thiago Albuquerque", "/author/thiago-albuquerque/"), "shown": "há 3 horas"}),
          "/recife/metro-do-recife-opera-com-intervalos-maiores-apos-pane-na-linha-centro/")
    s.add(Story("galo-madrugada", "Galo da Madrugada arrasta multidão no sábado de Zé Pereira",
                "Bloco desfilou com 30 trios elétricos e homenageou compositores do frevo.", datetime.datetime(2025, 3, 1, 14, 0, tzinfo=z), [],
                ["O Galo da Madrugada voltou a arrastar uma multidão pelas ruas do bairro de São José, no Centro do Recife, neste sábado de Zé Pereira. O maior bloco de carnaval do mundo, segundo o Guinness, desfilou com 30 trios elétricos e homenageou compositores do frevo.",
                 "A concentração começou ainda de madrugada no Forte das Cinco Pontas. A Polícia Militar mobilizou cerca de 3 mil agentes para o desfile, e a prefeitura montou postos médicos ao longo do percurso.",
                 "O bloco encerrou o desfile no fim da tarde, na Rua da Concórdia, sob chuva de papel picado."],
                ("/category/carnaval/", "Carnaval"), [("/tag/galo-da-madrugada/", "Galo da Madrugada")],
                author_path=("/author/redacao/", "Da Redação"), extra={"user": ("Da Redação", "/author/redacao/"), "shown": "01/03/2025 às 14:00"}),
          "/carnaval/galo-da-madrugada-arrasta-multidao-no-sabado-de-ze-pereira/")
    s.add(Story("tubaroes-boa-viagem", "Praia de Boa Viagem terá nova sinalização sobre risco de tubarões",
                "Placas terão mapas, ilustrações em três idiomas e QR code.", datetime.datetime(2025, 3, 6, 9, 30, tzinfo=z), ["Renata Cavalcanti"],
                ["O Governo de Pernambuco vai instalar novas placas de sinalização sobre o risco de incidentes com tubarões ao longo da orla de Boa Viagem, Piedade e Candeias, em substituição às antigas, que estavam desbotadas ou danificadas.",
                 "As novas placas terão mapas com os trechos de maior risco, ilustrações em três idiomas e um QR code com orientações de segurança. O comitê estadual que monitora os incidentes lembra que banhistas devem evitar entrar no mar em maré alta e em áreas de canal.",
                 "A instalação deve ser concluída até o fim do mês, segundo o governo do estado."],
                ("/category/pernambuco/", "Pernambuco"), [("/tag/tubaroes/", "tubarões")], byline="<p><em>Por Renata Cavalcanti, especial para a Folha</em></p>",
                author_path=("/author/renata-cavalcanti/", "Renata Cavalcanti"),
                extra={"user": ("Renata Cavalcanti", "/author/renata-cavalcanti/"), "shown": "06/03/2025 às 09:30"}, must_not=["Mais lidas"]),
          "/pernambuco/praia-de-boa-viagem-tera-nova-sinalizacao-sobre-risco-de-tubaroes/")
    s.finish()


# ---------------------------------------------------------------- Brazil / Rio Grande do Sul: GZH-like
class Serra(Site):
    lang = "pt-BR"
    home_tag = "Notícias de Caxias do Sul e da Serra"

    def bio(self, name):
        return "%s é jornalista do Correio da Serra." % name

    def shell(self, title, body, head="", cls="page"):
        nav = "".join('<li class="m-menu__item"><a href="%s">%s</a></li>' % (p, E(l)) for p, l in self.nav)
        return ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body class="%s"><header class="m-header"><a class="m-header__logo" href="/">Correio da Serra</a><nav class="m-menu"><ul>%s</ul></nav></header><main class="l-main">%s</main>'
                '<footer class="m-footer"><p>Correio da Serra &middot; Caxias do Sul, RS</p><ul><li><a href="/colunistas/">Colunistas</a></li><li><a href="/obituario/">Obituário</a></li></ul></footer></body></html>') % (
            E(title), head, cls, nav, body)

    def article(self, st):
        when, upd = st.when, st.extra["upd"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": st.title, "datePublished": when.isoformat(), "dateModified": upd.isoformat(),
              "author": st.extra["ld_author"], "publisher": {"@type": "NewsMediaOrganization", "name": "Correio da Serra"}, "mainEntityOfPage": self.url(st.path)}
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">'
                '<meta property="article:published_time" content="%s">%s') % (self.url(st.path), E(st.title), E(st.dek), when.isoformat(), jl(ld))

        def fmt(d):
            return "%d %s %d - %02dh%02d" % (d.day, MESES_PT[d.month - 1][:3], d.year, d.hour, d.minute)
        body = ('<article class="l-article"><div class="m-article-header"><span class="m-article-header__overline"><a href="%s">%s</a></span><h1 class="m-headline">%s</h1><p class="m-support-line">%s</p></div>'
                '%s<div class="m-dates"><span class="m-dates__published">%s</span> <span class="m-dates__updated">Atualizada em %s</span></div>'
                '<figure class="m-media"><img src="/img/2025/%s.jpg" alt=""></figure><div class="article-paragraphs">%s%s</div>'
                '<div class="m-tags">%s</div></article><aside class="m-more"><h3>Mais notícias</h3><ul>%s</ul></aside>') % (
            st.sec[0], E(st.sec[1]), E(st.title), E(st.dek), st.byline, fmt(when), fmt(upd), st.slug, self.paras_html(st.body(), "m-paragraph"), st.tail or "",
            "".join('<a href="%s">%s</a>' % (p, E(l)) for p, l in st.tags), "".join('<li><a href="%s">%s</a></li>' % (o.path, E(o.title)) for o in self.others(st, 2)))
        return self.shell(st.title + " | Correio da Serra", body, head, "p-article")

    def themed(self):
        cols = [("Marcos Zanella", "Economia da Serra"), ("Júlia Boff", "Vinho & Cia."), ("Ricardo Tonet", "Bastidores")]
        self.non("/colunistas/", "Colunistas | Correio da Serra", '<section><h1>Colunistas</h1>' + "".join(
            '<div class="m-columnist"><h2>%s</h2><p>%s</p></div>' % (E(a), E(b)) for a, b in cols) + "</section>")
        obit = [("Olga Maria Bertotto", "87 anos", "Velório na Capela Mortuária São José. Sepultamento às 16h no Cemitério Público Municipal."),
                ("Antônio Carlos Pezzi", "72 anos", "Velório no Memorial Caxias. Cremação às 10h de quarta-feira."),
                ("Irmã Ângela Zatti", "91 anos", "Missa de corpo presente na Catedral Diocesana, às 9h.")]
        self.non("/obituario/", "Obituário | Correio da Serra", '<section><h1>Obituário</h1><p>Falecimentos registrados em Caxias do Sul nesta terça-feira, 11 de março de 2025.</p>' + "".join(
            '<div class="m-obit"><h2>%s, %s</h2><p>%s</p></div>' % (E(a), E(b), E(c)) for a, b, c in obit) + "</section>")
        self.sitemap()


def rs():
    s = Serra(202, "Correio da Serra")
    z = tz(-3)
    s.nav = [("/ultimas-noticias/", "Últimas notícias"), ("/politica/", "Política"), ("/economia/", "Economia"), ("/colunistas/", "Colunistas")]
    w = datetime.datetime(2025, 3, 3, 18, 24, tzinfo=z)
    s.add(Story("bancada-estradas", "Bancada gaúcha pressiona por verba para reconstrução de estradas",
                "Parlamentares levaram ao ministério uma lista de 14 trechos prioritários.", w, ["Bruno Kessler"],
                ["Deputados e senadores do Rio Grande do Sul se reuniram nesta segunda-feira com o Ministério dos Transportes para cobrar a liberação de recursos destinados à reconstrução de rodovias federais danificadas pelas enchentes de maio do ano passado.",
                 "A bancada apresentou uma lista de 14 trechos considerados prioritários, entre eles pontos da BR-116 na Serra e da BR-470 no Vale do Taquari. Segundo os parlamentares, parte das obras emergenciais ficou sem continuidade por falta de empenho orçamentário.",
                 "O ministério prometeu apresentar um cronograma de repasses até o fim do mês."],
                ("/politica/", "Política"), [("/tag/enchentes/", "enchentes")], author_path=("/autor/bruno-kessler/", "Bruno Kessler"),
                byline='<div class="m-byline"><img class="m-byline__photo" src="/img/autores/bruno-kessler.jpg" alt=""><div class="m-byline__info"><a class="m-byline__author" href="/autor/bruno-kessler/">Bruno Kessler</a><span class="m-byline__role">Correspondente em Brasília</span></div></div>',
                extra={"upd": w + datetime.timedelta(hours=1, minutes=38), "ld_author": [{"@type": "Person", "name": "Bruno Kessler"}]}),
          "/politica/noticia/2025/03/bancada-gaucha-pressiona-por-verba-para-reconstrucao-de-estradas-cm7t1b2x.html")
    w = datetime.datetime(2025, 2, 27, 9, 5, tzinfo=z)
    s.add(Story("corredor-sinimbu", "Caxias do Sul inaugura primeiro trecho do corredor de ônibus da Rua Sinimbu",
                "São 1,8 quilômetro entre a Praça Dante Alighieri e a Rua Marechal Floriano.", w, ["Carla Weber", "Diego Schmitt"],
                ["A prefeitura de Caxias do Sul inaugurou nesta quinta-feira o primeiro trecho do corredor exclusivo de ônibus da Rua Sinimbu, com 1,8 quilômetro entre a Praça Dante Alighieri e a Rua Marechal Floriano.",
                 "Nos primeiros dias, agentes de trânsito vão orientar motoristas sobre as novas regras de conversão e estacionamento. Comerciantes da região temem perder clientes com a retirada de vagas, enquanto usuários do transporte coletivo esperam viagens até dez minutos mais curtas no horário de pico.",
                 "O segundo trecho, até a Estação Férrea, deve ser licitado no segundo semestre."],
                ("/ultimas-noticias/", "Últimas notícias"), [("/tag/mobilidade/", "mobilidade")],
                byline='<div class="m-byline"><div class="m-byline__info"><span class="m-byline__author">Carla Weber e Diego Schmitt</span></div></div>',
                extra={"upd": w + datetime.timedelta(hours=3), "ld_author": [{"@type": "Person", "name": "Carla Weber e Diego Schmitt"}]}),
          "/ultimas-noticias/noticia/2025/02/caxias-do-sul-inaugura-primeiro-trecho-do-corredor-de-onibus-da-rua-sinimbu-cm7n8k4q.html")
    w = datetime.datetime(2025, 3, 5, 11, 40, tzinfo=z)
    s.add(Story("vindima-emater", "Vindima deve render 10% a mais na Serra, estima Emater",
                "Menos chuva na floração e na colheita favoreceu a qualidade da uva.", w, [],
                ["A safra de uva na Serra gaúcha deve ser cerca de 10% maior que a do ano passado, de acordo com a estimativa divulgada pela Emater, após uma temporada marcada por menos chuva no período de floração e colheita.",
                 "Os produtores de Bento Gonçalves, Flores da Cunha e Farroupilha relatam uvas com bom teor de açúcar, o que favorece a elaboração de vinhos e espumantes. A colheita das variedades tardias deve seguir até o início de abril.",
                 "O setor ainda se recupera dos prejuízos causados pelas enchentes de 2024, que atingiram parreirais e estradas vicinais da região."],
                ("/economia/", "Economia"), [("/tag/vinho/", "vinho")], tail="<p><em>*Com informações da Agência Brasil</em></p>",
                extra={"upd": w + datetime.timedelta(minutes=30), "ld_author": {"@type": "Organization", "name": "Correio da Serra"}},
                must=["O setor ainda se recupera dos prejuízos causados pelas enchentes de 2024"], must_not=["Mais notícias"]),
          "/economia/noticia/2025/03/vindima-deve-render-10-a-mais-na-serra-estima-emater-cm7v2p9d.html")
    s.finish()


for build in (mx, cl, pe, co, ve, uy, ec, gt, cu, mg, pb, rs):
    build()

with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
