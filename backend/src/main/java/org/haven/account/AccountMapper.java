package org.haven.account;

import java.time.Instant;

import org.haven.account.AccountDtos.AccountResponse;
import org.haven.account.AccountDtos.MeResponse;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface AccountMapper {

    @Mapping(target = "secondFactorEnabled", expression = "java(account.hasSecondFactor())")
    MeResponse toMe(Account account, SecondFactor secondFactor, boolean secondFactorOptional);

    @Mapping(target = "locked", expression = "java(account.isLockedAt(now))")
    @Mapping(target = "lockedUntil", expression = "java(account.isLockedAt(now) ? account.getLockedUntil() : null)")
    @Mapping(target = "invitationPending", expression = "java(!account.hasPassword())")
    @Mapping(target = "secondFactorEnabled", expression = "java(account.hasSecondFactor())")
    AccountResponse toResponse(Account account, @Context Instant now);
}
