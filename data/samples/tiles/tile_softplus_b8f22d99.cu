// Warp 1.19.0 cuda code for tile_softplus_b8f22d99.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// tile_softplus.py:7
static CUDA_CALLABLE wp::float32 tile_activation_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def tile_activation(x: float) -> float:                                                <L 8>
    // return wp.log(1.0 + wp.exp(x))                                                         <L 9>
    var_1 = wp::exp(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::log(var_2);
    return var_3;
}


// tile_softplus.py:7
static CUDA_CALLABLE void adj_tile_activation_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def tile_activation(x: float) -> float:                                                <L 8>
    // return wp.log(1.0 + wp.exp(x))                                                         <L 9>
    var_1 = wp::exp(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::log(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_log(var_2, adj_2, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_exp(var_x, var_1, adj_x, adj_1);
    // adj: return wp.log(1.0 + wp.exp(x))                                                    <L 9>
    // adj: def tile_activation(x: float) -> float:                                           <L 8>
    return;
}



extern "C" __global__ void tile_softplus_1e1de5e5_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_data,
    wp::float32 var_gain,
    wp::array_t<wp::float32> var_rows)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::array_t<wp::float32> var_2;
        const wp::int32 var_3 = 32;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        wp::int32 var_9;
        const wp::int32 var_10 = 1024;
        wp::int32 var_11;
        const wp::int32 var_12 = 31;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1024;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 4096;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 4;
        wp::range_t var_23;
        wp::int32 var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        const wp::int32 var_28 = 3;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        wp::mat_t<3, 3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        bool var_40;
        wp::float32 var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::int32 var_44 = 3;
        wp::mat_t<3, 3, wp::float32> var_45;
        const wp::float32 var_46 = 0.9;
        const wp::float32 var_47 = 0.01;
        const wp::float32 var_48 = 2.0;
        const wp::float32 var_49 = 4.0;
        const wp::float32 var_50 = 0.01;
        const wp::float32 var_51 = 4.0;
        const wp::float32 var_52 = 0.01;
        const wp::float32 var_53 = 4.0;
        const wp::float32 var_54 = 1.0;
        wp::mat_t<3, 3, wp::float32> var_55;
        wp::mat_t<3, 3, wp::float32> var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        const wp::int32 var_58 = 3;
        wp::mat_t<3, 3, wp::float32> var_59;
        const wp::float32 var_60 = 0.9;
        const wp::float32 var_61 = 0.01;
        const wp::float32 var_62 = 2.0;
        const wp::float32 var_63 = 4.0;
        const wp::float32 var_64 = 0.01;
        const wp::float32 var_65 = 4.0;
        const wp::float32 var_66 = 0.01;
        const wp::float32 var_67 = 4.0;
        const wp::float32 var_68 = 1.0;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::mat_t<3, 3, wp::float32> var_72;
        wp::mat_t<3, 3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 0;
        wp::float32 var_79;
        wp::float32 var_80;
        const wp::int32 var_81 = 0;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_84 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        //---------
        // forward
        // def tile_softplus(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):       <L 13>
        // row, lane = wp.tid()                                                                   <L 14>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(data[row], shape=TILE)                                                <L 15>
        var_2 = wp::view(var_data, var_0);
        var_4 = wp::tile_load<wp::float32, true, false, 32>(var_2, var_5);
        // activated = wp.tile_map(tile_activation, t)                                            <L 16>
        var_6 = wp::tile_unary_map(tile_activation_0, var_4);
        // total = wp.tile_sum(activated)                                                         <L 17>
        var_7 = wp::tile_sum(var_6);
        // peak = wp.tile_max(t)                                                                  <L 18>
        var_8 = wp::tile_max(var_4);
        // slot = ((wp.abs(lane) % 1024) * 31 + wp.abs(row) % 1024) % 4096                        <L 19>
        var_9 = wp::abs(var_1);
        var_11 = wp::mod(var_9, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::abs(var_0);
        var_16 = wp::mod(var_14, var_15);
        var_17 = wp::add(var_13, var_16);
        var_19 = wp::mod(var_17, var_18);
        // found = float(0.0)                                                                     <L 20>
        var_21 = wp::float(var_20);
        // for step in range(4):                                                                  <L 21>
        var_23 = wp::range(var_22);
        start_for_0:;
            if (iter_cmp(var_23) == 0) goto end_for_0;
            var_24 = wp::iter_next(var_23);
            // u_2 = wp.mat33()                                                                   <L 22>
            var_25 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                                  <L 23>
            var_26 = wp::vec_t<3, wp::float32>();
            // v_2 = wp.mat33()                                                                   <L 24>
            var_27 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(wp.identity(n=3, dtype=float) * gain, u_2, sigma, v_2)                     <L 25>
            var_29 = wp::identity<3, wp::float32>();
            var_30 = wp::mul(var_29, var_gain);
            wp::svd3(var_30, var_25, var_26, var_27);
            // polar_r = u_2 * wp.diag(sigma) * wp.transpose(v_2)                                 <L 26>
            var_31 = wp::diag(var_26);
            var_32 = wp::mul(var_25, var_31);
            var_33 = wp::transpose(var_27);
            var_34 = wp::mul(var_32, var_33);
            // found += wp.abs(float(step) + wp.trace(polar_r))                                   <L 27>
            var_35 = wp::float(var_24);
            var_36 = wp::trace(var_34);
            var_37 = wp::add(var_35, var_36);
            var_38 = wp::abs(var_37);
            var_39 = wp::add(var_21, var_38);
            // if found > gain:                                                                   <L 28>
            var_40 = (var_39 > var_gain);
            if (var_40) {
                // break                                                                          <L 29>
                wp::assign(var_21, var_39);
                goto end_for_0;
            }
            var_41 = wp::where(var_40, var_21, var_39);
            wp::assign(var_21, var_41);
            goto start_for_0;
        end_for_0:;
        // vecs = wp.mat33()                                                                      <L 30>
        var_42 = wp::mat_t<3, 3, wp::float32>();
        // vals = wp.vec3()                                                                       <L 31>
        var_43 = wp::vec_t<3, wp::float32>();
        // wp.eig3((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found)) + wp.transpose((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found))), vecs, vals)       <L 32>
        var_45 = wp::identity<3, wp::float32>();
        var_55 = wp::mat_t<3, 3, wp::float32>(var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54);
        var_56 = wp::mul(var_55, var_21);
        var_57 = wp::mul(var_45, var_56);
        var_59 = wp::identity<3, wp::float32>();
        var_69 = wp::mat_t<3, 3, wp::float32>(var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68);
        var_70 = wp::mul(var_69, var_21);
        var_71 = wp::mul(var_59, var_70);
        var_72 = wp::transpose(var_71);
        var_73 = wp::add(var_57, var_72);
        wp::eig3(var_73, var_42, var_43);
        // spectrum = vecs * vals                                                                 <L 33>
        var_74 = wp::mul(var_42, var_43);
        // scale = float(slot) + wp.length(spectrum)                                              <L 34>
        var_75 = wp::float(var_19);
        var_76 = wp::length(var_74);
        var_77 = wp::add(var_75, var_76);
        // wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)                   <L 35>
        var_79 = wp::tile_extract(var_7, var_78);
        var_80 = wp::mul(var_79, var_77);
        var_82 = wp::tile_extract(var_8, var_81);
        var_83 = wp::add(var_80, var_82);
        var_84 = wp::tile<wp::float32>(var_83);
        wp::tile_store<wp::float32, true, false>(var_rows, var_0, var_84);
}



extern "C" __global__ void tile_softplus_1e1de5e5_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_data,
    wp::float32 var_gain,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> adj_data,
    wp::float32 adj_gain,
    wp::array_t<wp::float32> adj_rows)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::array_t<wp::float32> var_2;
        const wp::int32 var_3 = 32;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        wp::int32 var_9;
        const wp::int32 var_10 = 1024;
        wp::int32 var_11;
        const wp::int32 var_12 = 31;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1024;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 4096;
        wp::int32 var_19;
        const wp::float32 var_20 = 0.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 4;
        wp::range_t var_23;
        wp::int32 var_24;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        const wp::int32 var_28 = 3;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        wp::mat_t<3, 3, wp::float32> var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        bool var_40;
        wp::float32 var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::int32 var_44 = 3;
        wp::mat_t<3, 3, wp::float32> var_45;
        const wp::float32 var_46 = 0.9;
        const wp::float32 var_47 = 0.01;
        const wp::float32 var_48 = 2.0;
        const wp::float32 var_49 = 4.0;
        const wp::float32 var_50 = 0.01;
        const wp::float32 var_51 = 4.0;
        const wp::float32 var_52 = 0.01;
        const wp::float32 var_53 = 4.0;
        const wp::float32 var_54 = 1.0;
        wp::mat_t<3, 3, wp::float32> var_55;
        wp::mat_t<3, 3, wp::float32> var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        const wp::int32 var_58 = 3;
        wp::mat_t<3, 3, wp::float32> var_59;
        const wp::float32 var_60 = 0.9;
        const wp::float32 var_61 = 0.01;
        const wp::float32 var_62 = 2.0;
        const wp::float32 var_63 = 4.0;
        const wp::float32 var_64 = 0.01;
        const wp::float32 var_65 = 4.0;
        const wp::float32 var_66 = 0.01;
        const wp::float32 var_67 = 4.0;
        const wp::float32 var_68 = 1.0;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::mat_t<3, 3, wp::float32> var_72;
        wp::mat_t<3, 3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        const wp::int32 var_78 = 0;
        wp::float32 var_79;
        wp::float32 var_80;
        const wp::int32 var_81 = 0;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_84 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::array_t<wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_4{};
        wp::int32 adj_5 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_6{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_8 = var_8;
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::range_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::mat_t<3, 3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::mat_t<3, 3, wp::float32> adj_27 = {};
        wp::int32 adj_28 = {};
        wp::mat_t<3, 3, wp::float32> adj_29 = {};
        wp::mat_t<3, 3, wp::float32> adj_30 = {};
        wp::mat_t<3, 3, wp::float32> adj_31 = {};
        wp::mat_t<3, 3, wp::float32> adj_32 = {};
        wp::mat_t<3, 3, wp::float32> adj_33 = {};
        wp::mat_t<3, 3, wp::float32> adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        bool adj_40 = {};
        wp::float32 adj_41 = {};
        wp::mat_t<3, 3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::int32 adj_44 = {};
        wp::mat_t<3, 3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::mat_t<3, 3, wp::float32> adj_55 = {};
        wp::mat_t<3, 3, wp::float32> adj_56 = {};
        wp::mat_t<3, 3, wp::float32> adj_57 = {};
        wp::int32 adj_58 = {};
        wp::mat_t<3, 3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::mat_t<3, 3, wp::float32> adj_69 = {};
        wp::mat_t<3, 3, wp::float32> adj_70 = {};
        wp::mat_t<3, 3, wp::float32> adj_71 = {};
        wp::mat_t<3, 3, wp::float32> adj_72 = {};
        wp::mat_t<3, 3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_84{};
        //---------
        // forward
        // def tile_softplus(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):       <L 13>
        // row, lane = wp.tid()                                                                   <L 14>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(data[row], shape=TILE)                                                <L 15>
        var_2 = wp::view(var_data, var_0);
        var_4 = wp::tile_load<wp::float32, true, false, 32>(var_2, var_5);
        // activated = wp.tile_map(tile_activation, t)                                            <L 16>
        var_6 = wp::tile_unary_map(tile_activation_0, var_4);
        // total = wp.tile_sum(activated)                                                         <L 17>
        var_7 = wp::tile_sum(var_6);
        // peak = wp.tile_max(t)                                                                  <L 18>
        var_8 = wp::tile_max(var_4);
        // slot = ((wp.abs(lane) % 1024) * 31 + wp.abs(row) % 1024) % 4096                        <L 19>
        var_9 = wp::abs(var_1);
        var_11 = wp::mod(var_9, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::abs(var_0);
        var_16 = wp::mod(var_14, var_15);
        var_17 = wp::add(var_13, var_16);
        var_19 = wp::mod(var_17, var_18);
        // found = float(0.0)                                                                     <L 20>
        var_21 = wp::float(var_20);
        // for step in range(4):                                                                  <L 21>
        var_23 = wp::range(var_22);
        // vecs = wp.mat33()                                                                      <L 30>
        var_42 = wp::mat_t<3, 3, wp::float32>();
        // vals = wp.vec3()                                                                       <L 31>
        var_43 = wp::vec_t<3, wp::float32>();
        // wp.eig3((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found)) + wp.transpose((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found))), vecs, vals)       <L 32>
        var_45 = wp::identity<3, wp::float32>();
        var_55 = wp::mat_t<3, 3, wp::float32>(var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54);
        var_56 = wp::mul(var_55, var_21);
        var_57 = wp::mul(var_45, var_56);
        var_59 = wp::identity<3, wp::float32>();
        var_69 = wp::mat_t<3, 3, wp::float32>(var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68);
        var_70 = wp::mul(var_69, var_21);
        var_71 = wp::mul(var_59, var_70);
        var_72 = wp::transpose(var_71);
        var_73 = wp::add(var_57, var_72);
        wp::eig3(var_73, var_42, var_43);
        // spectrum = vecs * vals                                                                 <L 33>
        var_74 = wp::mul(var_42, var_43);
        // scale = float(slot) + wp.length(spectrum)                                              <L 34>
        var_75 = wp::float(var_19);
        var_76 = wp::length(var_74);
        var_77 = wp::add(var_75, var_76);
        // wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)                   <L 35>
        var_79 = wp::tile_extract(var_7, var_78);
        var_80 = wp::mul(var_79, var_77);
        var_82 = wp::tile_extract(var_8, var_81);
        var_83 = wp::add(var_80, var_82);
        var_84 = wp::tile<wp::float32>(var_83);
        // wp::tile_store<wp::float32, true, false>(var_rows, var_0, var_84);
        //---------
        // reverse
        wp::adj_tile_store(var_rows, var_0, var_84, adj_rows, adj_0, adj_84);
        wp::adj_tile(var_83, adj_83, adj_84);
        wp::adj_add(var_80, var_82, adj_80, adj_82, adj_83);
        wp::adj_tile_extract(var_8, var_81, adj_8, adj_81, adj_82);
        wp::adj_mul(var_79, var_77, adj_79, adj_77, adj_80);
        wp::adj_tile_extract(var_7, var_78, adj_7, adj_78, adj_79);
        // adj: wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)              <L 35>
        wp::adj_add(var_75, var_76, adj_75, adj_76, adj_77);
        wp::adj_length(var_74, var_76, adj_74, adj_76);
        wp::adj_float(var_19, adj_19, adj_75);
        // adj: scale = float(slot) + wp.length(spectrum)                                         <L 34>
        wp::adj_mul(var_42, var_43, adj_42, adj_43, adj_74);
        // adj: spectrum = vecs * vals                                                            <L 33>
        wp::adj_eig3(var_73, var_42, var_43, adj_73, adj_42, adj_43);
        wp::adj_add(var_57, var_72, adj_57, adj_72, adj_73);
        wp::adj_transpose(var_71, adj_71, adj_72);
        wp::adj_mul(var_59, var_70, adj_59, adj_70, adj_71);
        wp::adj_mul(var_69, var_21, adj_69, adj_21, adj_70);
        wp::adj_mat_t(var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68, adj_60, adj_61, adj_62, adj_63, adj_64, adj_65, adj_66, adj_67, adj_68, adj_69);
        wp::adj_mul(var_45, var_56, adj_45, adj_56, adj_57);
        wp::adj_mul(var_55, var_21, adj_55, adj_21, adj_56);
        wp::adj_mat_t(var_46, var_47, var_48, var_49, var_50, var_51, var_52, var_53, var_54, adj_46, adj_47, adj_48, adj_49, adj_50, adj_51, adj_52, adj_53, adj_54, adj_55);
        // adj: wp.eig3((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found)) + wp.transpose((wp.identity(n=3, dtype=float) * (wp.mat33(0.9, 0.01, 2.0, 4.0, 0.01, 4.0, 0.01, 4.0, 1.0) * found))), vecs, vals)  <L 32>
        // adj: vals = wp.vec3()                                                                  <L 31>
        // adj: vecs = wp.mat33()                                                                 <L 30>
        var_23 = wp::iter_reverse(var_23);
        start_for_0:;
            if (iter_cmp(var_23) == 0) goto end_for_0;
            var_24 = wp::iter_next(var_23);
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
            // u_2 = wp.mat33()                                                                   <L 22>
            var_25 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                                  <L 23>
            var_26 = wp::vec_t<3, wp::float32>();
            // v_2 = wp.mat33()                                                                   <L 24>
            var_27 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(wp.identity(n=3, dtype=float) * gain, u_2, sigma, v_2)                     <L 25>
            var_29 = wp::identity<3, wp::float32>();
            var_30 = wp::mul(var_29, var_gain);
            wp::svd3(var_30, var_25, var_26, var_27);
            // polar_r = u_2 * wp.diag(sigma) * wp.transpose(v_2)                                 <L 26>
            var_31 = wp::diag(var_26);
            var_32 = wp::mul(var_25, var_31);
            var_33 = wp::transpose(var_27);
            var_34 = wp::mul(var_32, var_33);
            // found += wp.abs(float(step) + wp.trace(polar_r))                                   <L 27>
            var_35 = wp::float(var_24);
            var_36 = wp::trace(var_34);
            var_37 = wp::add(var_35, var_36);
            var_38 = wp::abs(var_37);
            var_39 = wp::add(var_21, var_38);
            // if found > gain:                                                                   <L 28>
            var_40 = (var_39 > var_gain);
            if (var_40) {
                // break                                                                          <L 29>
                wp::assign(var_21, var_39);
                goto end_for_0;
            }
            var_41 = wp::where(var_40, var_21, var_39);
            wp::assign(var_21, var_41);
            wp::adj_assign(var_21, var_41, adj_21, adj_41);
            wp::adj_where(var_40, var_21, var_39, adj_40, adj_21, adj_39, adj_41);
            if (var_40) {
                wp::adj_assign(var_21, var_39, adj_21, adj_39);
                // adj: break                                                                     <L 29>
            }
            // adj: if found > gain:                                                              <L 28>
            wp::adj_add(var_21, var_38, adj_21, adj_38, adj_39);
            wp::adj_abs(var_37, adj_37, adj_38);
            wp::adj_add(var_35, var_36, adj_35, adj_36, adj_37);
            wp::adj_trace(var_34, adj_34, adj_36);
            wp::adj_float(var_24, adj_24, adj_35);
            // adj: found += wp.abs(float(step) + wp.trace(polar_r))                              <L 27>
            wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_34);
            wp::adj_transpose(var_27, adj_27, adj_33);
            wp::adj_mul(var_25, var_31, adj_25, adj_31, adj_32);
            wp::adj_diag(var_26, adj_26, adj_31);
            // adj: polar_r = u_2 * wp.diag(sigma) * wp.transpose(v_2)                            <L 26>
            wp::adj_svd3(var_30, var_25, var_26, var_27, adj_30, adj_25, adj_26, adj_27);
            wp::adj_mul(var_29, var_gain, adj_29, adj_gain, adj_30);
            // adj: wp.svd3(wp.identity(n=3, dtype=float) * gain, u_2, sigma, v_2)                <L 25>
            // adj: v_2 = wp.mat33()                                                              <L 24>
            // adj: sigma = wp.vec3()                                                             <L 23>
            // adj: u_2 = wp.mat33()                                                              <L 22>
        	goto start_for_0;
        end_for_0:;
        // adj: for step in range(4):                                                             <L 21>
        wp::adj_float(var_20, adj_20, adj_21);
        // adj: found = float(0.0)                                                                <L 20>
        wp::adj_mod(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_add(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_mod(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_abs(var_0, adj_0, adj_14);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_mod(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_abs(var_1, adj_1, adj_9);
        // adj: slot = ((wp.abs(lane) % 1024) * 31 + wp.abs(row) % 1024) % 4096                   <L 19>
        // adj: peak = wp.tile_max(t)                                                             <L 18>
        wp::adj_tile_sum(var_6, adj_6, adj_7);
        // adj: total = wp.tile_sum(activated)                                                    <L 17>
        wp::adj_tile_unary_map(tile_activation_0, var_4, adj_tile_activation_0, adj_4, adj_6);
        // adj: activated = wp.tile_map(tile_activation, t)                                       <L 16>
        wp::adj_tile_load(var_2, var_5, adj_2, adj_5, adj_4);
        wp::adj_view(var_data, var_0, adj_data, adj_0, adj_2);
        // adj: t = wp.tile_load(data[row], shape=TILE)                                           <L 15>
        // adj: row, lane = wp.tid()                                                              <L 14>
        // adj: def tile_softplus(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):  <L 13>
        return;
}

