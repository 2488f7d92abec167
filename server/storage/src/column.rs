//! Enums stored as text columns: `text_column!(Type)` makes sqlx bind a value as its
//! `as_str()` and read it back through `parse`, so a row field can be the enum itself. A stored
//! name this version does not know is a decode error, never a silent default.

/// Implements sqlx's `Type`, `Encode` and `Decode` for the `Any` driver over a type with
/// `const fn as_str(self) -> &'static str` and `fn parse(&str) -> Option<Self>`.
macro_rules! text_column {
    ($ty:ty) => {
        impl sqlx::Type<sqlx::Any> for $ty {
            fn type_info() -> sqlx::any::AnyTypeInfo {
                <String as sqlx::Type<sqlx::Any>>::type_info()
            }

            fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
                <String as sqlx::Type<sqlx::Any>>::compatible(ty)
            }
        }

        impl<'q> sqlx::Encode<'q, sqlx::Any> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<'q, sqlx::Any>>::encode_by_ref(&self.as_str(), buf)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Any> for $ty {
            fn decode(
                value: <sqlx::Any as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let text = <String as sqlx::Decode<'r, sqlx::Any>>::decode(value)?;
                <$ty>::parse(&text)
                    .ok_or_else(|| format!("unknown {} '{text}'", stringify!($ty)).into())
            }
        }
    };
}
