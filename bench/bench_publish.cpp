// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// Publishing's overhead: the sample article with three images published by PublishJob to a
// private WordPress (tests/fixtures/wordpress), against the very same requests sent back to
// back by curl to the same server, in the same run. The site is reset between runs so that
// each does the same work (new terms, new media, a new post). Target: ratio under 1.3.
#include "articlefile.h"
#include "publishjob.h"
#include "wordpressclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

constexpr int kRuns = 5;

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

// The WordPress fixture in a directory of its own; stopped when this goes out of scope,
// whatever happened.
class Site
{
public:
    explicit Site(const QString &dir)
        : m_dir(dir)
    {}
    ~Site() { stop(); }

    bool start(QString *why)
    {
        QProcess start;
        start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        start.start(script(u"start"_s), {m_dir});
        m_started = true;
        if (!start.waitForFinished(180'000) || start.exitCode() != 0) {
            *why = u"the WordPress fixture did not start"_s;
            return false;
        }
        QFile env(m_dir + u"/env"_s);
        if (!env.open(QIODevice::ReadOnly)) {
            *why = u"no env file in %1"_s.arg(m_dir);
            return false;
        }
        while (!env.atEnd()) {
            const QString line = QString::fromUtf8(env.readLine()).trimmed();
            const qsizetype equals = line.indexOf(u'=');
            if (equals > 0)
                m_values.insert(line.left(equals), line.mid(equals + 1));
        }
        return true;
    }

    void stop()
    {
        if (!std::exchange(m_started, false))
            return;
        QProcess stop;
        stop.setProcessChannelMode(QProcess::ForwardedChannels);
        stop.start(script(u"stop"_s), {m_dir});
        stop.waitForFinished(60'000);
    }

    QString value(const QString &key) const { return m_values.value(key); }
    QUrl url() const { return QUrl(value(u"WP_URL"_s)); }

private:
    static QString script(const QString &name)
    {
        return QStringLiteral(QUORUM_SOURCE_DIR) + u"/tests/fixtures/wordpress/"_s + name;
    }

    QString m_dir;
    bool m_started = false;
    QHash<QString, QString> m_values;
};

std::optional<QJsonValue> call(WordPressReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &WordPressReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    if (!reply->isOk()) {
        say(u"bench_publish: "_s + reply->error().toString() + u' ' + reply->error().detail);
        return std::nullopt;
    }
    return reply->json();
}

// Deletes what a publish made: posts and terms always, media unless kept (the recorded post
// names the recorded media, so they stay until its replay is done).
bool reset(WordPressClient &admin, bool media)
{
    QStringList routes{u"posts"_s, u"categories"_s, u"tags"_s};
    if (media)
        routes << u"media"_s;
    for (const QString &route : std::as_const(routes)) {
        WordPressClient::Query query{{u"per_page"_s, u"100"_s}, {u"_fields"_s, u"id"_s}};
        if (route == u"posts" || route == u"media")
            query.append({u"status"_s, route == u"posts" ? u"any"_s : u"inherit"_s});
        const std::optional<QJsonValue> items = call(admin.get(u"wp/v2/"_s + route, query));
        if (!items)
            return false;
        for (const QJsonValue &item : items->toArray()) {
            const qint64 id = item[u"id"_s].toInteger();
            if (route == u"categories" && id == 1)
                continue; // Uncategorized cannot go
            if (!call(admin.remove(u"wp/v2/%1/%2"_s.arg(route).arg(id), {{u"force"_s, u"true"_s}})))
                return false;
        }
    }
    return true;
}

// The sample article in `dir`, with two images in its text and a featured image.
QString writeArticle(const QString &dir)
{
    Article article =
        ArticleFile::load(QStringLiteral(QUORUM_SOURCE_DIR) +
                          u"/resources/samples/national-library-language-model.quorum"_s)
            .article;
    QDir(dir).mkpath(u"images"_s);
    QRandomGenerator random(42);
    const QStringList names{u"one"_s, u"two"_s, u"three"_s};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QImage image(320, 200, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int noise = int(random.bounded(24));
                image.setPixel(x, y, qRgb((x + noise) % 256, (y * 2 + noise) % 256, int(i) * 90));
            }
        }
        image.save(dir + u"/images/"_s + names.at(i) + u".png"_s);
    }
    for (Section &section : article.sections) {
        if (section.kind == SectionKind::Text) {
            section.markdown += u"\n\n![The first figure](images/one.png)\n\n"
                                "![The second figure](images/two.png)\n"_s;
            break;
        }
    }
    article.meta.featuredImage = u"images/three.png"_s;
    article.meta.featuredImageAlt = u"The third figure"_s;
    const QString path = dir + u"/article.quorum"_s;
    QString error;
    if (!ArticleFile::save(article, path, &error))
        say(u"bench_publish: "_s + error);
    return path;
}

struct Publish
{
    double ms = 0;
    QList<RecordedRequest> requests;
};

std::optional<Publish> publish(const Article &article, const PublishTarget &target,
                               const QString &baseDirectory)
{
    PublishOptions options;
    options.status = u"publish"_s;
    options.baseDirectory = baseDirectory;
    PublishJob job(article, target, options);
    job.client().setRecording(true);
    QEventLoop loop;
    QObject::connect(&job, &PublishJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (job.isRunning())
        loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    if (job.error().isError()) {
        say(u"bench_publish: "_s + job.error().toString() + u' ' + job.error().detail);
        return std::nullopt;
    }
    return Publish{ms, job.client().recording()};
}

QString quoted(const QByteArray &value)
{
    QString text = QString::fromLatin1(value);
    text.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + text + u'"';
}

// The recorded requests, one after the other, by one curl process (one connection reused,
// as a plain client would). The config, with the Authorization header, goes through stdin.
std::optional<double> replay(const QList<RecordedRequest> &requests, const QString &bodies)
{
    QString config = u"silent\nshow-error\n"_s;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const RecordedRequest &request = requests.at(i);
        if (i > 0)
            config += u"next\n"_s;
        config += u"url = "_s + quoted(request.url.toEncoded()) + u'\n';
        if (request.verb == "HEAD")
            config += u"head\n"_s;
        else
            config += u"request = "_s + QString::fromLatin1(request.verb) + u'\n';
        for (const auto &[name, value] : request.headers)
            config += u"header = "_s + quoted(name + ": " + value) + u'\n';
        // Qt never sends "Expect: 100-continue", and php -S never answers it.
        config += u"header = \"Expect:\"\noutput = \"/dev/null\"\n"
                  "write-out = \"%{http_code}\\n\"\n"_s;
        if (!request.body.isEmpty()) {
            const QString file = bodies + u"/body-%1"_s.arg(i);
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(request.body) != request.body.size())
                return std::nullopt;
            config += u"data-binary = "_s + quoted("@" + file.toUtf8()) + u'\n';
        }
    }
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s, {u"--config"_s, u"-"_s});
    curl.write(config.toUtf8());
    curl.closeWriteChannel();
    if (!curl.waitForFinished(120'000) || curl.exitCode() != 0) {
        say(u"bench_publish: curl failed: "_s + QString::fromUtf8(curl.readAllStandardError()));
        return std::nullopt;
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    const QList<QByteArray> codes = curl.readAllStandardOutput().trimmed().split('\n');
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const int code = codes.value(i).toInt();
        if (code != requests.at(i).httpStatus) {
            say(u"bench_publish: request %1 (%2 %3) answered %4 to curl, %5 to Quorum"_s.arg(i)
                    .arg(QString::fromLatin1(requests.at(i).verb),
                         requests.at(i).url.toDisplayString())
                    .arg(code)
                    .arg(requests.at(i).httpStatus));
            return std::nullopt;
        }
    }
    return ms;
}

// "POST wp/v2/media" for a request: the route under the REST root.
QString label(const RecordedRequest &request)
{
    QString route = request.url.path();
    const qsizetype api = route.indexOf(u"/wp-json/"_s);
    route = api >= 0 ? route.mid(api + 9) : route;
    if (route.isEmpty() || route == u"/")
        route = request.url.path().endsWith(u"/wp-json/"_s) ? u"(REST root)"_s : u"/"_s;
    return QString::fromLatin1(request.verb) + u' ' + route;
}

// The requests in the order they started, those in flight at the same time in one group.
QString waves(QList<RecordedRequest> requests)
{
    std::sort(requests.begin(), requests.end(),
              [](const auto &a, const auto &b) { return a.startedNs < b.startedNs; });
    QStringList lines;
    qsizetype i = 0;
    while (i < requests.size()) {
        qint64 end = requests.at(i).finishedNs;
        QStringList group{label(requests.at(i))};
        qsizetype j = i + 1;
        for (; j < requests.size() && requests.at(j).startedNs < end; ++j) {
            group.append(label(requests.at(j)));
            end = std::max(end, requests.at(j).finishedNs);
        }
        lines.append(group.size() > 1
                         ? u"  %1 in parallel: %2"_s.arg(group.size()).arg(group.join(u", "_s))
                         : u"  "_s + group.first());
        i = j;
    }
    return lines.join(u'\n');
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int run()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()) {
        say(u"bench_publish: curl is missing; run scripts/deps"_s);
        return 1;
    }
    QTemporaryDir temp;
    Site site(temp.filePath(u"wordpress"_s));
    QString why;
    if (!site.start(&why)) {
        say(u"bench_publish: "_s + why);
        return 1;
    }
    const QString path = writeArticle(temp.path());
    const Article article = ArticleFile::load(path).article;
    PublishTarget target;
    target.site = site.url();
    target.user = site.value(u"WP_EDITOR_USER"_s);
    target.applicationPassword = site.value(u"WP_EDITOR_PASSWORD"_s);
    WordPressClient admin;
    admin.setSite(site.url());
    admin.setRestRoot(site.url().resolved(QUrl(u"wp-json/"_s)));
    admin.setCredentials(site.value(u"WP_ADMIN_USER"_s), site.value(u"WP_ADMIN_PASSWORD"_s));
    QDir(temp.path()).mkpath(u"bodies"_s);

    QList<double> quorumMs;
    QList<double> curlMs;
    Publish last;
    // The first round warms PHP's caches and MariaDB up and is not counted.
    for (int round = 0; round <= kRuns; ++round) {
        if (!reset(admin, true))
            return 1;
        const std::optional<Publish> published = publish(article, target, temp.path());
        if (!published || !reset(admin, false))
            return 1;
        const std::optional<double> replayed =
            replay(published->requests, temp.filePath(u"bodies"_s));
        if (!replayed)
            return 1;
        if (round > 0) {
            quorumMs.append(published->ms);
            curlMs.append(*replayed);
        }
        last = *published;
    }
    reset(admin, true);

    const double quorum = median(quorumMs);
    const double curl = median(curlMs);
    const double ratio = quorum / curl;
    say(u"Publish the sample article with 3 images, %1 runs each, same server, same run"_s.arg(
        kRuns));
    say(u"  PublishJob median   %1 ms"_s.arg(quorum, 0, 'f', 1));
    say(u"  curl median         %1 ms (the same requests back to back, one connection)"_s.arg(
        curl, 0, 'f', 1));
    say(u"  overhead ratio      %1 (target under 1.3) %2"_s.arg(ratio, 0, 'f', 2)
            .arg(ratio < 1.3 ? u"OK"_s : u"OVER"_s));
    say(u"  requests            %1"_s.arg(last.requests.size()));
    say(u"Requests of the last run, in order:"_s);
    say(waves(last.requests));
    return ratio < 1.3 ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return run();
}
