#include "export_notice.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace creditpath::ui {

ExportNotice::ExportNotice(QWidget* parent)
    : QWidget(parent), text_(new QLabel), open_(new QPushButton) {
    setObjectName(QStringLiteral("exportNotice"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text_);
    layout->addWidget(open_);
    connect(open_, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(target_)); });
    hide();
}

void ExportNotice::notify(const QString& message, const QString& target) {
    target_ = target;
    text_->setText(message);
    open_->setText(QFileInfo(target).isDir() ? tr("Open folder") : tr("Open"));
    open_->setToolTip(target);
    show();
}

QString ExportNotice::message() const {
    return text_->text();
}

} // namespace creditpath::ui
