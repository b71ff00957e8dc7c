// Warp 1.19.0 cuda code for apply_body_springs_56c7a977.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void angular_part_14326973_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel,
    wp::int32 var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega_out)
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
        bool var_1;
        wp::vec_t<6, wp::float32>* var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::vec_t<6, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // forward
        // def angular_part(                                                                      <L 50>
        // tid = wp.tid()                                                                         <L 55>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 56>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 57>
            continue;
        }
        // qd = body_vel[tid]                                                                     <L 58>
        var_2 = wp::address(var_body_vel, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // omega_out[tid] = wp.spatial_top(qd)                                                    <L 59>
        var_5 = wp::spatial_top(var_3);
        wp::array_store(var_omega_out, var_0, var_5);
    }
}



extern "C" __global__ void angular_part_14326973_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel,
    wp::int32 var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega_out,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_vel,
    wp::int32 adj_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega_out)
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
        bool var_1;
        wp::vec_t<6, wp::float32>* var_2;
        wp::vec_t<6, wp::float32> var_3;
        wp::vec_t<6, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<6, wp::float32> adj_2 = {};
        wp::vec_t<6, wp::float32> adj_3 = {};
        wp::vec_t<6, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        //---------
        // forward
        // def angular_part(                                                                      <L 50>
        // tid = wp.tid()                                                                         <L 55>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 56>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 57>
            goto label0;
        }
        // qd = body_vel[tid]                                                                     <L 58>
        var_2 = wp::address(var_body_vel, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // omega_out[tid] = wp.spatial_top(qd)                                                    <L 59>
        var_5 = wp::spatial_top(var_3);
        // wp::array_store(var_omega_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_omega_out, var_0, var_5, adj_omega_out, adj_0, adj_5);
        wp::adj_spatial_top(var_3, adj_3, adj_5);
        // adj: omega_out[tid] = wp.spatial_top(qd)                                               <L 59>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_body_vel, var_0, adj_body_vel, adj_0, adj_2);
        // adj: qd = body_vel[tid]                                                                <L 58>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 57>
        }
        // adj: if tid >= active_count:                                                           <L 56>
        // adj: tid = wp.tid()                                                                    <L 55>
        // adj: def angular_part(                                                                 <L 50>
        continue;
    }
}



extern "C" __global__ void apply_body_springs_49da7a53_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_spring_parent,
    wp::array_t<wp::int32> var_spring_child,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_parent_anchor,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_child_anchor,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::float32> var_spring_kd,
    wp::array_t<wp::vec_t<6, wp::float32>> var_spring_wrench_a,
    wp::array_t<wp::vec_t<6, wp::float32>> var_spring_wrench_b)
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
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        bool var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<6, wp::float32> var_22;
        wp::vec_t<6, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        wp::transform_t<wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::transform_t<wp::float32> var_28;
        wp::vec_t<6, wp::float32>* var_29;
        wp::vec_t<6, wp::float32> var_30;
        wp::vec_t<6, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<6, wp::float32> var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        wp::transform_t<wp::float32>* var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::transform_t<wp::float32> var_38;
        wp::vec_t<6, wp::float32>* var_39;
        wp::vec_t<6, wp::float32> var_40;
        wp::vec_t<6, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<6, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1e-06;
        bool var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32* var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<6, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<6, wp::float32> var_71;
        wp::vec_t<6, wp::float32> var_72;
        //---------
        // forward
        // def apply_body_springs(                                                                <L 5>
        // world, spring = wp.tid()                                                               <L 18>
        builtin_tid2d(var_0, var_1);
        // a = spring_parent[spring]                                                              <L 19>
        var_2 = wp::address(var_spring_parent, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // b = spring_child[spring]                                                               <L 20>
        var_5 = wp::address(var_spring_child, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // if a < 0 and b < 0:                                                                    <L 21>
        var_10 = (var_3 < var_9);
        var_8 = var_10;
        if (var_8) {
            var_12 = (var_6 < var_11);
            var_8 = var_8 && var_12;
        }
        if (var_8) {
            // return                                                                             <L 22>
            continue;
        }
        // rest_length_i = spring_rest_length[spring]                                             <L 23>
        var_13 = wp::address(var_spring_rest_length, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // p_a = spring_parent_anchor[spring]                                                     <L 24>
        var_16 = wp::address(var_spring_parent_anchor, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // p_b = spring_child_anchor[spring]                                                      <L 25>
        var_19 = wp::address(var_spring_child_anchor, var_1);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // twist_a = wp.spatial_vector()                                                          <L 26>
        var_22 = wp::vec_t<6, wp::float32>();
        // twist_b = wp.spatial_vector()                                                          <L 27>
        var_23 = wp::vec_t<6, wp::float32>();
        // if a >= 0:                                                                             <L 28>
        var_25 = (var_3 >= var_24);
        if (var_25) {
            // p_a = wp.transform_point(body_q[world, a], p_a)                                    <L 29>
            var_26 = wp::address(var_body_q, var_0, var_3);
            var_28 = wp::load(var_26);
            var_27 = wp::transform_point(var_28, var_17);
            // twist_a = body_qd[world, a]                                                        <L 30>
            var_29 = wp::address(var_body_qd, var_0, var_3);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
        }
        var_32 = wp::where(var_25, var_27, var_17);
        var_33 = wp::where(var_25, var_30, var_22);
        // if b >= 0:                                                                             <L 31>
        var_35 = (var_6 >= var_34);
        if (var_35) {
            // p_b = wp.transform_point(body_q[world, b], p_b)                                    <L 32>
            var_36 = wp::address(var_body_q, var_0, var_6);
            var_38 = wp::load(var_36);
            var_37 = wp::transform_point(var_38, var_20);
            // twist_b = body_qd[world, b]                                                        <L 33>
            var_39 = wp::address(var_body_qd, var_0, var_6);
            var_41 = wp::load(var_39);
            var_40 = wp::copy(var_41);
        }
        var_42 = wp::where(var_35, var_37, var_20);
        var_43 = wp::where(var_35, var_40, var_23);
        // d = p_b - p_a                                                                          <L 34>
        var_44 = wp::sub(var_42, var_32);
        // length = wp.length(d)                                                                  <L 35>
        var_45 = wp::length(var_44);
        // if length < 1.0e-6:                                                                    <L 36>
        var_47 = (var_45 < var_46);
        if (var_47) {
            // return                                                                             <L 37>
            continue;
        }
        // n = d / length                                                                         <L 38>
        var_48 = wp::div(var_44, var_45);
        // stretch = length - rest_length_i                                                       <L 39>
        var_49 = wp::sub(var_45, var_14);
        // tension = spring_stiffness[spring] * stretch                                           <L 40>
        var_50 = wp::address(var_spring_stiffness, var_1);
        var_52 = wp::load(var_50);
        var_51 = wp::mul(var_52, var_49);
        // v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)              <L 41>
        var_53 = wp::spatial_bottom(var_33);
        var_54 = wp::spatial_top(var_33);
        var_55 = wp::cross(var_54, var_32);
        var_56 = wp::add(var_53, var_55);
        // v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)              <L 42>
        var_57 = wp::spatial_bottom(var_43);
        var_58 = wp::spatial_top(var_43);
        var_59 = wp::cross(var_58, var_42);
        var_60 = wp::add(var_57, var_59);
        // tension += spring_kd[spring] * wp.dot(n, v_b - v_a)                                    <L 43>
        var_61 = wp::address(var_spring_kd, var_1);
        var_62 = wp::sub(var_60, var_56);
        var_63 = wp::dot(var_48, var_62);
        var_65 = wp::load(var_61);
        var_64 = wp::mul(var_65, var_63);
        var_66 = wp::add(var_51, var_64);
        // f = n * tension                                                                        <L 44>
        var_67 = wp::mul(var_48, var_66);
        // spring_wrench_a[world, spring] = wp.spatial_vector(wp.cross(p_a, f), f)                <L 45>
        var_68 = wp::cross(var_32, var_67);
        var_69 = wp::vec_t<6, wp::float32>(var_68, var_67);
        wp::array_store(var_spring_wrench_a, var_0, var_1, var_69);
        // spring_wrench_b[world, spring] = -wp.spatial_vector(wp.cross(p_b, f), f)               <L 46>
        var_70 = wp::cross(var_42, var_67);
        var_71 = wp::vec_t<6, wp::float32>(var_70, var_67);
        var_72 = wp::neg(var_71);
        wp::array_store(var_spring_wrench_b, var_0, var_1, var_72);
    }
}



extern "C" __global__ void apply_body_springs_49da7a53_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_spring_parent,
    wp::array_t<wp::int32> var_spring_child,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_parent_anchor,
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_child_anchor,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::float32> var_spring_kd,
    wp::array_t<wp::vec_t<6, wp::float32>> var_spring_wrench_a,
    wp::array_t<wp::vec_t<6, wp::float32>> var_spring_wrench_b,
    wp::array_t<wp::int32> adj_spring_parent,
    wp::array_t<wp::int32> adj_spring_child,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_spring_parent_anchor,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_spring_child_anchor,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::float32> adj_spring_rest_length,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::float32> adj_spring_kd,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_spring_wrench_a,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_spring_wrench_b)
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
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        bool var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<6, wp::float32> var_22;
        wp::vec_t<6, wp::float32> var_23;
        const wp::int32 var_24 = 0;
        bool var_25;
        wp::transform_t<wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::transform_t<wp::float32> var_28;
        wp::vec_t<6, wp::float32>* var_29;
        wp::vec_t<6, wp::float32> var_30;
        wp::vec_t<6, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<6, wp::float32> var_33;
        const wp::int32 var_34 = 0;
        bool var_35;
        wp::transform_t<wp::float32>* var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::transform_t<wp::float32> var_38;
        wp::vec_t<6, wp::float32>* var_39;
        wp::vec_t<6, wp::float32> var_40;
        wp::vec_t<6, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<6, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        const wp::float32 var_46 = 1e-06;
        bool var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::float32* var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<6, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<6, wp::float32> var_71;
        wp::vec_t<6, wp::float32> var_72;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<6, wp::float32> adj_22 = {};
        wp::vec_t<6, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::transform_t<wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::transform_t<wp::float32> adj_28 = {};
        wp::vec_t<6, wp::float32> adj_29 = {};
        wp::vec_t<6, wp::float32> adj_30 = {};
        wp::vec_t<6, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<6, wp::float32> adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::transform_t<wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::transform_t<wp::float32> adj_38 = {};
        wp::vec_t<6, wp::float32> adj_39 = {};
        wp::vec_t<6, wp::float32> adj_40 = {};
        wp::vec_t<6, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<6, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        bool adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<6, wp::float32> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::vec_t<6, wp::float32> adj_71 = {};
        wp::vec_t<6, wp::float32> adj_72 = {};
        //---------
        // forward
        // def apply_body_springs(                                                                <L 5>
        // world, spring = wp.tid()                                                               <L 18>
        builtin_tid2d(var_0, var_1);
        // a = spring_parent[spring]                                                              <L 19>
        var_2 = wp::address(var_spring_parent, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // b = spring_child[spring]                                                               <L 20>
        var_5 = wp::address(var_spring_child, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // if a < 0 and b < 0:                                                                    <L 21>
        var_10 = (var_3 < var_9);
        var_8 = var_10;
        if (var_8) {
            var_12 = (var_6 < var_11);
            var_8 = var_8 && var_12;
        }
        if (var_8) {
            // return                                                                             <L 22>
            goto label0;
        }
        // rest_length_i = spring_rest_length[spring]                                             <L 23>
        var_13 = wp::address(var_spring_rest_length, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // p_a = spring_parent_anchor[spring]                                                     <L 24>
        var_16 = wp::address(var_spring_parent_anchor, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // p_b = spring_child_anchor[spring]                                                      <L 25>
        var_19 = wp::address(var_spring_child_anchor, var_1);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // twist_a = wp.spatial_vector()                                                          <L 26>
        var_22 = wp::vec_t<6, wp::float32>();
        // twist_b = wp.spatial_vector()                                                          <L 27>
        var_23 = wp::vec_t<6, wp::float32>();
        // if a >= 0:                                                                             <L 28>
        var_25 = (var_3 >= var_24);
        if (var_25) {
            // p_a = wp.transform_point(body_q[world, a], p_a)                                    <L 29>
            var_26 = wp::address(var_body_q, var_0, var_3);
            var_28 = wp::load(var_26);
            var_27 = wp::transform_point(var_28, var_17);
            // twist_a = body_qd[world, a]                                                        <L 30>
            var_29 = wp::address(var_body_qd, var_0, var_3);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
        }
        var_32 = wp::where(var_25, var_27, var_17);
        var_33 = wp::where(var_25, var_30, var_22);
        // if b >= 0:                                                                             <L 31>
        var_35 = (var_6 >= var_34);
        if (var_35) {
            // p_b = wp.transform_point(body_q[world, b], p_b)                                    <L 32>
            var_36 = wp::address(var_body_q, var_0, var_6);
            var_38 = wp::load(var_36);
            var_37 = wp::transform_point(var_38, var_20);
            // twist_b = body_qd[world, b]                                                        <L 33>
            var_39 = wp::address(var_body_qd, var_0, var_6);
            var_41 = wp::load(var_39);
            var_40 = wp::copy(var_41);
        }
        var_42 = wp::where(var_35, var_37, var_20);
        var_43 = wp::where(var_35, var_40, var_23);
        // d = p_b - p_a                                                                          <L 34>
        var_44 = wp::sub(var_42, var_32);
        // length = wp.length(d)                                                                  <L 35>
        var_45 = wp::length(var_44);
        // if length < 1.0e-6:                                                                    <L 36>
        var_47 = (var_45 < var_46);
        if (var_47) {
            // return                                                                             <L 37>
            goto label1;
        }
        // n = d / length                                                                         <L 38>
        var_48 = wp::div(var_44, var_45);
        // stretch = length - rest_length_i                                                       <L 39>
        var_49 = wp::sub(var_45, var_14);
        // tension = spring_stiffness[spring] * stretch                                           <L 40>
        var_50 = wp::address(var_spring_stiffness, var_1);
        var_52 = wp::load(var_50);
        var_51 = wp::mul(var_52, var_49);
        // v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)              <L 41>
        var_53 = wp::spatial_bottom(var_33);
        var_54 = wp::spatial_top(var_33);
        var_55 = wp::cross(var_54, var_32);
        var_56 = wp::add(var_53, var_55);
        // v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)              <L 42>
        var_57 = wp::spatial_bottom(var_43);
        var_58 = wp::spatial_top(var_43);
        var_59 = wp::cross(var_58, var_42);
        var_60 = wp::add(var_57, var_59);
        // tension += spring_kd[spring] * wp.dot(n, v_b - v_a)                                    <L 43>
        var_61 = wp::address(var_spring_kd, var_1);
        var_62 = wp::sub(var_60, var_56);
        var_63 = wp::dot(var_48, var_62);
        var_65 = wp::load(var_61);
        var_64 = wp::mul(var_65, var_63);
        var_66 = wp::add(var_51, var_64);
        // f = n * tension                                                                        <L 44>
        var_67 = wp::mul(var_48, var_66);
        // spring_wrench_a[world, spring] = wp.spatial_vector(wp.cross(p_a, f), f)                <L 45>
        var_68 = wp::cross(var_32, var_67);
        var_69 = wp::vec_t<6, wp::float32>(var_68, var_67);
        // wp::array_store(var_spring_wrench_a, var_0, var_1, var_69);
        // spring_wrench_b[world, spring] = -wp.spatial_vector(wp.cross(p_b, f), f)               <L 46>
        var_70 = wp::cross(var_42, var_67);
        var_71 = wp::vec_t<6, wp::float32>(var_70, var_67);
        var_72 = wp::neg(var_71);
        // wp::array_store(var_spring_wrench_b, var_0, var_1, var_72);
        //---------
        // reverse
        wp::adj_array_store(var_spring_wrench_b, var_0, var_1, var_72, adj_spring_wrench_b, adj_0, adj_1, adj_72);
        wp::adj_neg(var_71, adj_71, adj_72);
        wp::adj_vec_t(var_70, var_67, adj_70, adj_67, adj_71);
        wp::adj_cross(var_42, var_67, adj_42, adj_67, adj_70);
        // adj: spring_wrench_b[world, spring] = -wp.spatial_vector(wp.cross(p_b, f), f)          <L 46>
        wp::adj_array_store(var_spring_wrench_a, var_0, var_1, var_69, adj_spring_wrench_a, adj_0, adj_1, adj_69);
        wp::adj_vec_t(var_68, var_67, adj_68, adj_67, adj_69);
        wp::adj_cross(var_32, var_67, adj_32, adj_67, adj_68);
        // adj: spring_wrench_a[world, spring] = wp.spatial_vector(wp.cross(p_a, f), f)           <L 45>
        wp::adj_mul(var_48, var_66, adj_48, adj_66, adj_67);
        // adj: f = n * tension                                                                   <L 44>
        wp::adj_add(var_51, var_64, adj_51, adj_64, adj_66);
        wp::adj_mul(var_65, var_63, adj_61, adj_63, adj_64);
        wp::adj_dot(var_48, var_62, adj_48, adj_62, adj_63);
        wp::adj_sub(var_60, var_56, adj_60, adj_56, adj_62);
        wp::adj_address(var_spring_kd, var_1, adj_spring_kd, adj_1, adj_61);
        // adj: tension += spring_kd[spring] * wp.dot(n, v_b - v_a)                               <L 43>
        wp::adj_add(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_cross(var_58, var_42, adj_58, adj_42, adj_59);
        wp::adj_spatial_top(var_43, adj_43, adj_58);
        wp::adj_spatial_bottom(var_43, adj_43, adj_57);
        // adj: v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)         <L 42>
        wp::adj_add(var_53, var_55, adj_53, adj_55, adj_56);
        wp::adj_cross(var_54, var_32, adj_54, adj_32, adj_55);
        wp::adj_spatial_top(var_33, adj_33, adj_54);
        wp::adj_spatial_bottom(var_33, adj_33, adj_53);
        // adj: v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)         <L 41>
        wp::adj_mul(var_52, var_49, adj_50, adj_49, adj_51);
        wp::adj_address(var_spring_stiffness, var_1, adj_spring_stiffness, adj_1, adj_50);
        // adj: tension = spring_stiffness[spring] * stretch                                      <L 40>
        wp::adj_sub(var_45, var_14, adj_45, adj_14, adj_49);
        // adj: stretch = length - rest_length_i                                                  <L 39>
        wp::adj_div(var_44, var_45, adj_44, adj_45, adj_48);
        // adj: n = d / length                                                                    <L 38>
        if (var_47) {
            label1:;
            // adj: return                                                                        <L 37>
        }
        // adj: if length < 1.0e-6:                                                               <L 36>
        wp::adj_length(var_44, var_45, adj_44, adj_45);
        // adj: length = wp.length(d)                                                             <L 35>
        wp::adj_sub(var_42, var_32, adj_42, adj_32, adj_44);
        // adj: d = p_b - p_a                                                                     <L 34>
        wp::adj_where(var_35, var_40, var_23, adj_35, adj_40, adj_23, adj_43);
        wp::adj_where(var_35, var_37, var_20, adj_35, adj_37, adj_20, adj_42);
        if (var_35) {
            wp::adj_copy(var_41, adj_39, adj_40);
            wp::adj_address(var_body_qd, var_0, var_6, adj_body_qd, adj_0, adj_6, adj_39);
            // adj: twist_b = body_qd[world, b]                                                   <L 33>
            wp::adj_transform_point(var_38, var_20, adj_36, adj_20, adj_37);
            wp::adj_address(var_body_q, var_0, var_6, adj_body_q, adj_0, adj_6, adj_36);
            // adj: p_b = wp.transform_point(body_q[world, b], p_b)                               <L 32>
        }
        // adj: if b >= 0:                                                                        <L 31>
        wp::adj_where(var_25, var_30, var_22, adj_25, adj_30, adj_22, adj_33);
        wp::adj_where(var_25, var_27, var_17, adj_25, adj_27, adj_17, adj_32);
        if (var_25) {
            wp::adj_copy(var_31, adj_29, adj_30);
            wp::adj_address(var_body_qd, var_0, var_3, adj_body_qd, adj_0, adj_3, adj_29);
            // adj: twist_a = body_qd[world, a]                                                   <L 30>
            wp::adj_transform_point(var_28, var_17, adj_26, adj_17, adj_27);
            wp::adj_address(var_body_q, var_0, var_3, adj_body_q, adj_0, adj_3, adj_26);
            // adj: p_a = wp.transform_point(body_q[world, a], p_a)                               <L 29>
        }
        // adj: if a >= 0:                                                                        <L 28>
        // adj: twist_b = wp.spatial_vector()                                                     <L 27>
        // adj: twist_a = wp.spatial_vector()                                                     <L 26>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_spring_child_anchor, var_1, adj_spring_child_anchor, adj_1, adj_19);
        // adj: p_b = spring_child_anchor[spring]                                                 <L 25>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_spring_parent_anchor, var_1, adj_spring_parent_anchor, adj_1, adj_16);
        // adj: p_a = spring_parent_anchor[spring]                                                <L 24>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_spring_rest_length, var_1, adj_spring_rest_length, adj_1, adj_13);
        // adj: rest_length_i = spring_rest_length[spring]                                        <L 23>
        if (var_8) {
            label0:;
            // adj: return                                                                        <L 22>
        }
        if (var_8) {
        }
        // adj: if a < 0 and b < 0:                                                               <L 21>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_spring_child, var_1, adj_spring_child, adj_1, adj_5);
        // adj: b = spring_child[spring]                                                          <L 20>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_spring_parent, var_1, adj_spring_parent, adj_1, adj_2);
        // adj: a = spring_parent[spring]                                                         <L 19>
        // adj: world, spring = wp.tid()                                                          <L 18>
        // adj: def apply_body_springs(                                                           <L 5>
        continue;
    }
}

