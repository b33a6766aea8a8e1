FROM alpine:3.20
ENV BLA="blubb" BLUBB="${FOOBLA}/blubb" C="${BLAFOO}/blubb" D="$FOOBLA/blubb" E="$BLAFOO/blubb" F="BLA/$BLAFOO/BLA"
ENV BLA blubb
ENV BLA=${BLA}
