// Warp 1.19.0 cuda code for apply_body_springs_9c510f45.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// apply_body_springs.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> moment_arm_0(
    wp::transform_t<wp::float32> var_X_wb,
    wp::vec_t<3, wp::float32> var_com,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def moment_arm(X_wb: wp.transform, com: wp.vec3, p: wp.vec3) -> wp.vec3:               <L 5>
    // return p - wp.transform_point(X_wb, com)                                               <L 7>
    var_0 = wp::transform_point(var_X_wb, var_com);
    var_1 = wp::sub(var_p, var_0);
    return var_1;
}


// apply_body_springs.py:4
static CUDA_CALLABLE void adj_moment_arm_0(
    wp::transform_t<wp::float32> var_X_wb,
    wp::vec_t<3, wp::float32> var_com,
    wp::vec_t<3, wp::float32> var_p,
    wp::transform_t<wp::float32> & adj_X_wb,
    wp::vec_t<3, wp::float32> & adj_com,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def moment_arm(X_wb: wp.transform, com: wp.vec3, p: wp.vec3) -> wp.vec3:               <L 5>
    // return p - wp.transform_point(X_wb, com)                                               <L 7>
    var_0 = wp::transform_point(var_X_wb, var_com);
    var_1 = wp::sub(var_p, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_sub(var_p, var_0, adj_p, adj_0, adj_1);
    wp::adj_transform_point(var_X_wb, var_com, adj_X_wb, adj_com, adj_0);
    // adj: return p - wp.transform_point(X_wb, com)                                          <L 7>
    // adj: def moment_arm(X_wb: wp.transform, com: wp.vec3, p: wp.vec3) -> wp.vec3:          <L 5>
    return;
}



extern "C" __global__ void apply_body_springs_7e56cf38_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_spring_start,
    wp::array_t<wp::int32> var_world_spring_count,
    wp::array_t<wp::int32> var_spring_body_a,
    wp::array_t<wp::int32> var_spring_body_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_anchor_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_anchor_b,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        bool var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        wp::transform_t<wp::float32>* var_29;
        wp::transform_t<wp::float32> var_30;
        wp::transform_t<wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32>* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        wp::transform_t<wp::float32>* var_40;
        wp::transform_t<wp::float32> var_41;
        wp::transform_t<wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 1e-06;
        bool var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        const wp::int32 var_61 = 0;
        bool var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<6, wp::float32> var_64;
        wp::vec_t<6, wp::float32> var_65;
        const wp::int32 var_66 = 0;
        bool var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<6, wp::float32> var_69;
        wp::vec_t<6, wp::float32> var_70;
        //---------
        // forward
        // def apply_body_springs(                                                                <L 11>
        // world, s = wp.tid()                                                                    <L 25>
        builtin_tid2d(var_0, var_1);
        // if s >= world_spring_count[world]:                                                     <L 26>
        var_2 = wp::address(var_world_spring_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 27>
            continue;
        }
        // spring = world_spring_start[world] + s                                                 <L 28>
        var_5 = wp::address(var_world_spring_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_1);
        // a = spring_body_a[spring]                                                              <L 29>
        var_8 = wp::address(var_spring_body_a, var_6);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // b = spring_body_b[spring]                                                              <L 30>
        var_11 = wp::address(var_spring_body_b, var_6);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if a < 0 and b < 0:                                                                    <L 31>
        var_16 = (var_9 < var_15);
        var_14 = var_16;
        if (var_14) {
            var_18 = (var_12 < var_17);
            var_14 = var_14 && var_18;
        }
        if (var_14) {
            // return                                                                             <L 32>
            continue;
        }
        // p_a = spring_anchor_a[spring]                                                          <L 33>
        var_19 = wp::address(var_spring_anchor_a, var_6);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // p_b = spring_anchor_b[spring]                                                          <L 34>
        var_22 = wp::address(var_spring_anchor_b, var_6);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // r_a = wp.vec3()                                                                        <L 35>
        var_25 = wp::vec_t<3, wp::float32>();
        // r_b = wp.vec3()                                                                        <L 36>
        var_26 = wp::vec_t<3, wp::float32>();
        // if a >= 0:                                                                             <L 37>
        var_28 = (var_9 >= var_27);
        if (var_28) {
            // X_wa = body_q[a]                                                                   <L 38>
            var_29 = wp::address(var_body_q, var_9);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
            // p_a = wp.transform_point(X_wa, p_a)                                                <L 39>
            var_32 = wp::transform_point(var_30, var_20);
            // r_a = moment_arm(X_wa, body_com[a], p_a)                                           <L 40>
            var_33 = wp::address(var_body_com, var_9);
            var_35 = wp::load(var_33);
            var_34 = moment_arm_0(var_30, var_35, var_32);
        }
        var_36 = wp::where(var_28, var_32, var_20);
        var_37 = wp::where(var_28, var_34, var_25);
        // if b >= 0:                                                                             <L 41>
        var_39 = (var_12 >= var_38);
        if (var_39) {
            // X_wb = body_q[b]                                                                   <L 42>
            var_40 = wp::address(var_body_q, var_12);
            var_42 = wp::load(var_40);
            var_41 = wp::copy(var_42);
            // p_b = wp.transform_point(X_wb, p_b)                                                <L 43>
            var_43 = wp::transform_point(var_41, var_23);
            // r_b = moment_arm(X_wb, body_com[b], p_b)                                           <L 44>
            var_44 = wp::address(var_body_com, var_12);
            var_46 = wp::load(var_44);
            var_45 = moment_arm_0(var_41, var_46, var_43);
        }
        var_47 = wp::where(var_39, var_43, var_23);
        var_48 = wp::where(var_39, var_45, var_26);
        // d = p_b - p_a                                                                          <L 45>
        var_49 = wp::sub(var_47, var_36);
        // length = wp.length(d)                                                                  <L 46>
        var_50 = wp::length(var_49);
        // if length < 1.0e-6:                                                                    <L 47>
        var_52 = (var_50 < var_51);
        if (var_52) {
            // return                                                                             <L 48>
            continue;
        }
        // n = d / length                                                                         <L 49>
        var_53 = wp::div(var_49, var_50);
        // stretch = length - spring_rest_length[spring]                                          <L 50>
        var_54 = wp::address(var_spring_rest_length, var_6);
        var_56 = wp::load(var_54);
        var_55 = wp::sub(var_50, var_56);
        // tension = spring_stiffness[spring] * stretch                                           <L 51>
        var_57 = wp::address(var_spring_stiffness, var_6);
        var_59 = wp::load(var_57);
        var_58 = wp::mul(var_59, var_55);
        // f = n * tension                                                                        <L 52>
        var_60 = wp::mul(var_53, var_58);
        // if a >= 0:                                                                             <L 53>
        var_62 = (var_9 >= var_61);
        if (var_62) {
            // wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(r_a, f), f))                   <L 54>
            var_63 = wp::cross(var_37, var_60);
            var_64 = wp::vec_t<6, wp::float32>(var_63, var_60);
            var_65 = wp::atomic_add(var_body_f, var_9, var_64);
        }
        // if b >= 0:                                                                             <L 55>
        var_67 = (var_12 >= var_66);
        if (var_67) {
            // wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(r_b, f), f))                   <L 56>
            var_68 = wp::cross(var_48, var_60);
            var_69 = wp::vec_t<6, wp::float32>(var_68, var_60);
            var_70 = wp::atomic_sub(var_body_f, var_12, var_69);
        }
    }
}



extern "C" __global__ void apply_body_springs_7e56cf38_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_spring_start,
    wp::array_t<wp::int32> var_world_spring_count,
    wp::array_t<wp::int32> var_spring_body_a,
    wp::array_t<wp::int32> var_spring_body_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_anchor_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_anchor_b,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f,
    wp::array_t<wp::int32> adj_world_spring_start,
    wp::array_t<wp::int32> adj_world_spring_count,
    wp::array_t<wp::int32> adj_spring_body_a,
    wp::array_t<wp::int32> adj_spring_body_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_spring_anchor_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_spring_anchor_b,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com,
    wp::array_t<wp::float32> adj_spring_rest_length,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        bool var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 0;
        bool var_28;
        wp::transform_t<wp::float32>* var_29;
        wp::transform_t<wp::float32> var_30;
        wp::transform_t<wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32>* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        wp::transform_t<wp::float32>* var_40;
        wp::transform_t<wp::float32> var_41;
        wp::transform_t<wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        const wp::float32 var_51 = 1e-06;
        bool var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32* var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        const wp::int32 var_61 = 0;
        bool var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<6, wp::float32> var_64;
        wp::vec_t<6, wp::float32> var_65;
        const wp::int32 var_66 = 0;
        bool var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<6, wp::float32> var_69;
        wp::vec_t<6, wp::float32> var_70;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::transform_t<wp::float32> adj_29 = {};
        wp::transform_t<wp::float32> adj_30 = {};
        wp::transform_t<wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::int32 adj_38 = {};
        bool adj_39 = {};
        wp::transform_t<wp::float32> adj_40 = {};
        wp::transform_t<wp::float32> adj_41 = {};
        wp::transform_t<wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        bool adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::int32 adj_61 = {};
        bool adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::vec_t<6, wp::float32> adj_64 = {};
        wp::vec_t<6, wp::float32> adj_65 = {};
        wp::int32 adj_66 = {};
        bool adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<6, wp::float32> adj_69 = {};
        wp::vec_t<6, wp::float32> adj_70 = {};
        //---------
        // forward
        // def apply_body_springs(                                                                <L 11>
        // world, s = wp.tid()                                                                    <L 25>
        builtin_tid2d(var_0, var_1);
        // if s >= world_spring_count[world]:                                                     <L 26>
        var_2 = wp::address(var_world_spring_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 27>
            goto label0;
        }
        // spring = world_spring_start[world] + s                                                 <L 28>
        var_5 = wp::address(var_world_spring_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_1);
        // a = spring_body_a[spring]                                                              <L 29>
        var_8 = wp::address(var_spring_body_a, var_6);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // b = spring_body_b[spring]                                                              <L 30>
        var_11 = wp::address(var_spring_body_b, var_6);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if a < 0 and b < 0:                                                                    <L 31>
        var_16 = (var_9 < var_15);
        var_14 = var_16;
        if (var_14) {
            var_18 = (var_12 < var_17);
            var_14 = var_14 && var_18;
        }
        if (var_14) {
            // return                                                                             <L 32>
            goto label1;
        }
        // p_a = spring_anchor_a[spring]                                                          <L 33>
        var_19 = wp::address(var_spring_anchor_a, var_6);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // p_b = spring_anchor_b[spring]                                                          <L 34>
        var_22 = wp::address(var_spring_anchor_b, var_6);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // r_a = wp.vec3()                                                                        <L 35>
        var_25 = wp::vec_t<3, wp::float32>();
        // r_b = wp.vec3()                                                                        <L 36>
        var_26 = wp::vec_t<3, wp::float32>();
        // if a >= 0:                                                                             <L 37>
        var_28 = (var_9 >= var_27);
        if (var_28) {
            // X_wa = body_q[a]                                                                   <L 38>
            var_29 = wp::address(var_body_q, var_9);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
            // p_a = wp.transform_point(X_wa, p_a)                                                <L 39>
            var_32 = wp::transform_point(var_30, var_20);
            // r_a = moment_arm(X_wa, body_com[a], p_a)                                           <L 40>
            var_33 = wp::address(var_body_com, var_9);
            var_35 = wp::load(var_33);
            var_34 = moment_arm_0(var_30, var_35, var_32);
        }
        var_36 = wp::where(var_28, var_32, var_20);
        var_37 = wp::where(var_28, var_34, var_25);
        // if b >= 0:                                                                             <L 41>
        var_39 = (var_12 >= var_38);
        if (var_39) {
            // X_wb = body_q[b]                                                                   <L 42>
            var_40 = wp::address(var_body_q, var_12);
            var_42 = wp::load(var_40);
            var_41 = wp::copy(var_42);
            // p_b = wp.transform_point(X_wb, p_b)                                                <L 43>
            var_43 = wp::transform_point(var_41, var_23);
            // r_b = moment_arm(X_wb, body_com[b], p_b)                                           <L 44>
            var_44 = wp::address(var_body_com, var_12);
            var_46 = wp::load(var_44);
            var_45 = moment_arm_0(var_41, var_46, var_43);
        }
        var_47 = wp::where(var_39, var_43, var_23);
        var_48 = wp::where(var_39, var_45, var_26);
        // d = p_b - p_a                                                                          <L 45>
        var_49 = wp::sub(var_47, var_36);
        // length = wp.length(d)                                                                  <L 46>
        var_50 = wp::length(var_49);
        // if length < 1.0e-6:                                                                    <L 47>
        var_52 = (var_50 < var_51);
        if (var_52) {
            // return                                                                             <L 48>
            goto label2;
        }
        // n = d / length                                                                         <L 49>
        var_53 = wp::div(var_49, var_50);
        // stretch = length - spring_rest_length[spring]                                          <L 50>
        var_54 = wp::address(var_spring_rest_length, var_6);
        var_56 = wp::load(var_54);
        var_55 = wp::sub(var_50, var_56);
        // tension = spring_stiffness[spring] * stretch                                           <L 51>
        var_57 = wp::address(var_spring_stiffness, var_6);
        var_59 = wp::load(var_57);
        var_58 = wp::mul(var_59, var_55);
        // f = n * tension                                                                        <L 52>
        var_60 = wp::mul(var_53, var_58);
        // if a >= 0:                                                                             <L 53>
        var_62 = (var_9 >= var_61);
        if (var_62) {
            // wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(r_a, f), f))                   <L 54>
            var_63 = wp::cross(var_37, var_60);
            var_64 = wp::vec_t<6, wp::float32>(var_63, var_60);
            // var_65 = wp::atomic_add(var_body_f, var_9, var_64);
        }
        // if b >= 0:                                                                             <L 55>
        var_67 = (var_12 >= var_66);
        if (var_67) {
            // wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(r_b, f), f))                   <L 56>
            var_68 = wp::cross(var_48, var_60);
            var_69 = wp::vec_t<6, wp::float32>(var_68, var_60);
            // var_70 = wp::atomic_sub(var_body_f, var_12, var_69);
        }
        //---------
        // reverse
        if (var_67) {
            wp::adj_atomic_sub(var_body_f, var_12, var_69, adj_body_f, adj_12, adj_69, adj_70);
            wp::adj_vec_t(var_68, var_60, adj_68, adj_60, adj_69);
            wp::adj_cross(var_48, var_60, adj_48, adj_60, adj_68);
            // adj: wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(r_b, f), f))              <L 56>
        }
        // adj: if b >= 0:                                                                        <L 55>
        if (var_62) {
            wp::adj_atomic_add(var_body_f, var_9, var_64, adj_body_f, adj_9, adj_64, adj_65);
            wp::adj_vec_t(var_63, var_60, adj_63, adj_60, adj_64);
            wp::adj_cross(var_37, var_60, adj_37, adj_60, adj_63);
            // adj: wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(r_a, f), f))              <L 54>
        }
        // adj: if a >= 0:                                                                        <L 53>
        wp::adj_mul(var_53, var_58, adj_53, adj_58, adj_60);
        // adj: f = n * tension                                                                   <L 52>
        wp::adj_mul(var_59, var_55, adj_57, adj_55, adj_58);
        wp::adj_address(var_spring_stiffness, var_6, adj_spring_stiffness, adj_6, adj_57);
        // adj: tension = spring_stiffness[spring] * stretch                                      <L 51>
        wp::adj_sub(var_50, var_56, adj_50, adj_54, adj_55);
        wp::adj_address(var_spring_rest_length, var_6, adj_spring_rest_length, adj_6, adj_54);
        // adj: stretch = length - spring_rest_length[spring]                                     <L 50>
        wp::adj_div(var_49, var_50, adj_49, adj_50, adj_53);
        // adj: n = d / length                                                                    <L 49>
        if (var_52) {
            label2:;
            // adj: return                                                                        <L 48>
        }
        // adj: if length < 1.0e-6:                                                               <L 47>
        wp::adj_length(var_49, var_50, adj_49, adj_50);
        // adj: length = wp.length(d)                                                             <L 46>
        wp::adj_sub(var_47, var_36, adj_47, adj_36, adj_49);
        // adj: d = p_b - p_a                                                                     <L 45>
        wp::adj_where(var_39, var_45, var_26, adj_39, adj_45, adj_26, adj_48);
        wp::adj_where(var_39, var_43, var_23, adj_39, adj_43, adj_23, adj_47);
        if (var_39) {
            adj_moment_arm_0(var_41, var_46, var_43, adj_41, adj_44, adj_43, adj_45);
            wp::adj_address(var_body_com, var_12, adj_body_com, adj_12, adj_44);
            // adj: r_b = moment_arm(X_wb, body_com[b], p_b)                                      <L 44>
            wp::adj_transform_point(var_41, var_23, adj_41, adj_23, adj_43);
            // adj: p_b = wp.transform_point(X_wb, p_b)                                           <L 43>
            wp::adj_copy(var_42, adj_40, adj_41);
            wp::adj_address(var_body_q, var_12, adj_body_q, adj_12, adj_40);
            // adj: X_wb = body_q[b]                                                              <L 42>
        }
        // adj: if b >= 0:                                                                        <L 41>
        wp::adj_where(var_28, var_34, var_25, adj_28, adj_34, adj_25, adj_37);
        wp::adj_where(var_28, var_32, var_20, adj_28, adj_32, adj_20, adj_36);
        if (var_28) {
            adj_moment_arm_0(var_30, var_35, var_32, adj_30, adj_33, adj_32, adj_34);
            wp::adj_address(var_body_com, var_9, adj_body_com, adj_9, adj_33);
            // adj: r_a = moment_arm(X_wa, body_com[a], p_a)                                      <L 40>
            wp::adj_transform_point(var_30, var_20, adj_30, adj_20, adj_32);
            // adj: p_a = wp.transform_point(X_wa, p_a)                                           <L 39>
            wp::adj_copy(var_31, adj_29, adj_30);
            wp::adj_address(var_body_q, var_9, adj_body_q, adj_9, adj_29);
            // adj: X_wa = body_q[a]                                                              <L 38>
        }
        // adj: if a >= 0:                                                                        <L 37>
        // adj: r_b = wp.vec3()                                                                   <L 36>
        // adj: r_a = wp.vec3()                                                                   <L 35>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_spring_anchor_b, var_6, adj_spring_anchor_b, adj_6, adj_22);
        // adj: p_b = spring_anchor_b[spring]                                                     <L 34>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_spring_anchor_a, var_6, adj_spring_anchor_a, adj_6, adj_19);
        // adj: p_a = spring_anchor_a[spring]                                                     <L 33>
        if (var_14) {
            label1:;
            // adj: return                                                                        <L 32>
        }
        if (var_14) {
        }
        // adj: if a < 0 and b < 0:                                                               <L 31>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_spring_body_b, var_6, adj_spring_body_b, adj_6, adj_11);
        // adj: b = spring_body_b[spring]                                                         <L 30>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_spring_body_a, var_6, adj_spring_body_a, adj_6, adj_8);
        // adj: a = spring_body_a[spring]                                                         <L 29>
        wp::adj_add(var_7, var_1, adj_5, adj_1, adj_6);
        wp::adj_address(var_world_spring_start, var_0, adj_world_spring_start, adj_0, adj_5);
        // adj: spring = world_spring_start[world] + s                                            <L 28>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 27>
        }
        wp::adj_address(var_world_spring_count, var_0, adj_world_spring_count, adj_0, adj_2);
        // adj: if s >= world_spring_count[world]:                                                <L 26>
        // adj: world, s = wp.tid()                                                               <L 25>
        // adj: def apply_body_springs(                                                           <L 11>
        continue;
    }
}

