// Warp 1.19.0 cpu code for batched_matvec_d30b62e1.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_batched_matvec_eab441eb {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> mats;
    wp::array_t<wp::vec_t<3, wp::float32>> rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> out_vecs;
};


template <bool wp_linear_contiguous>
static void batched_matvec_eab441eb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_batched_matvec_eab441eb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rhs = _wp_args->rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_mats = _wp_args->out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_vecs = _wp_args->out_vecs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 10.0;
    const wp::float32 var_21 = 4.0;
    const wp::float32 var_22 = 10.0;
    const wp::float32 var_23 = 0.25;
    const wp::float32 var_24 = 4.0;
    const wp::float32 var_25 = 2.0;
    const wp::float32 var_26 = 1.0;
    const wp::float32 var_27 = 2.0;
    const wp::float32 var_28 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    const wp::float32 var_32 = 10.0;
    const wp::float32 var_33 = 4.0;
    const wp::float32 var_34 = 10.0;
    const wp::float32 var_35 = 0.25;
    const wp::float32 var_36 = 4.0;
    const wp::float32 var_37 = 2.0;
    const wp::float32 var_38 = 1.0;
    const wp::float32 var_39 = 2.0;
    const wp::float32 var_40 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    const wp::int32 var_47 = 3;
    wp::mat_t<3, 3, wp::float32> var_48;
    wp::float32 var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    const wp::int32 var_51 = 3;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::float32 var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    const wp::int32 var_56 = 3;
    wp::mat_t<3, 3, wp::float32> var_57;
    wp::float32 var_58;
    wp::mat_t<3, 3, wp::float32> var_59;
    wp::mat_t<3, 3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    //---------
    // forward
    // def batched_matvec(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = mats[tid]                                                                          <L 7>
    var_1 = wp::address(var_mats, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = rhs[tid]                                                                           <L 8>
    var_4 = wp::address(var_rhs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vecs = wp.mat33()                                                                      <L 9>
    var_7 = wp::mat_t<3, 3, wp::float32>();
    // vals = wp.vec3()                                                                       <L 10>
    var_8 = wp::vec_t<3, wp::float32>();
    // wp.eig3(a + wp.transpose(a), vecs, vals)                                               <L 11>
    var_9 = wp::transpose(var_2);
    var_10 = wp::add(var_2, var_9);
    wp::eig3(var_10, var_7, var_8);
    // spectrum = vecs * vals                                                                 <L 12>
    var_11 = wp::mul(var_7, var_8);
    // point = b + spectrum                                                                   <L 13>
    var_12 = wp::add(var_5, var_11);
    // vecs_2 = wp.mat33()                                                                    <L 14>
    var_13 = wp::mat_t<3, 3, wp::float32>();
    // vals_2 = wp.vec3()                                                                     <L 15>
    var_14 = wp::vec_t<3, wp::float32>();
    // wp.eig3(a + wp.transpose(a), vecs_2, vals_2)                                           <L 16>
    var_15 = wp::transpose(var_2);
    var_16 = wp::add(var_2, var_15);
    wp::eig3(var_16, var_13, var_14);
    // eigvals = vecs_2 * vals_2                                                              <L 17>
    var_17 = wp::mul(var_13, var_14);
    // vecs_3 = wp.mat33()                                                                    <L 18>
    var_18 = wp::mat_t<3, 3, wp::float32>();
    // vals_3 = wp.vec3()                                                                     <L 19>
    var_19 = wp::vec_t<3, wp::float32>();
    // wp.eig3(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5)) + wp.transpose(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5))), vecs_3, vals_3)       <L 20>
    var_29 = wp::mat_t<3, 3, wp::float32>(var_20, var_21, var_22, var_23, var_24, var_25, var_26, var_27, var_28);
    var_30 = wp::add(var_2, var_29);
    var_31 = wp::transpose(var_30);
    var_41 = wp::mat_t<3, 3, wp::float32>(var_32, var_33, var_34, var_35, var_36, var_37, var_38, var_39, var_40);
    var_42 = wp::add(var_2, var_41);
    var_43 = wp::transpose(var_42);
    var_44 = wp::transpose(var_43);
    var_45 = wp::add(var_31, var_44);
    wp::eig3(var_45, var_18, var_19);
    // eigvals_2 = vecs_3 * vals_3                                                            <L 21>
    var_46 = wp::mul(var_18, var_19);
    // m = wp.identity(n=3, dtype=float) * wp.length(point) + wp.identity(n=3, dtype=float) * wp.length(eigvals) + wp.identity(n=3, dtype=float) * wp.length(eigvals_2)       <L 22>
    var_48 = wp::identity<3, wp::float32>();
    var_49 = wp::length(var_12);
    var_50 = wp::mul(var_48, var_49);
    var_52 = wp::identity<3, wp::float32>();
    var_53 = wp::length(var_17);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::add(var_50, var_54);
    var_57 = wp::identity<3, wp::float32>();
    var_58 = wp::length(var_46);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::add(var_55, var_59);
    // out_mats[tid] = m                                                                      <L 23>
    wp::array_store(var_out_mats, var_0, var_60);
    // out_vecs[tid] = m * b                                                                  <L 24>
    var_61 = wp::mul(var_60, var_5);
    wp::array_store(var_out_vecs, var_0, var_61);
}



template <bool wp_linear_contiguous>
static void batched_matvec_eab441eb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_batched_matvec_eab441eb *_wp_args,
    wp_args_batched_matvec_eab441eb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats = _wp_args->mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rhs = _wp_args->rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_mats = _wp_args->out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_vecs = _wp_args->out_vecs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_mats = _wp_adj_args->mats;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rhs = _wp_adj_args->rhs;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out_mats = _wp_adj_args->out_mats;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_vecs = _wp_adj_args->out_vecs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 10.0;
    const wp::float32 var_21 = 4.0;
    const wp::float32 var_22 = 10.0;
    const wp::float32 var_23 = 0.25;
    const wp::float32 var_24 = 4.0;
    const wp::float32 var_25 = 2.0;
    const wp::float32 var_26 = 1.0;
    const wp::float32 var_27 = 2.0;
    const wp::float32 var_28 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    const wp::float32 var_32 = 10.0;
    const wp::float32 var_33 = 4.0;
    const wp::float32 var_34 = 10.0;
    const wp::float32 var_35 = 0.25;
    const wp::float32 var_36 = 4.0;
    const wp::float32 var_37 = 2.0;
    const wp::float32 var_38 = 1.0;
    const wp::float32 var_39 = 2.0;
    const wp::float32 var_40 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::mat_t<3, 3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    const wp::int32 var_47 = 3;
    wp::mat_t<3, 3, wp::float32> var_48;
    wp::float32 var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    const wp::int32 var_51 = 3;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::float32 var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    const wp::int32 var_56 = 3;
    wp::mat_t<3, 3, wp::float32> var_57;
    wp::float32 var_58;
    wp::mat_t<3, 3, wp::float32> var_59;
    wp::mat_t<3, 3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::mat_t<3, 3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::mat_t<3, 3, wp::float32> adj_41 = {};
    wp::mat_t<3, 3, wp::float32> adj_42 = {};
    wp::mat_t<3, 3, wp::float32> adj_43 = {};
    wp::mat_t<3, 3, wp::float32> adj_44 = {};
    wp::mat_t<3, 3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::mat_t<3, 3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::mat_t<3, 3, wp::float32> adj_50 = {};
    wp::int32 adj_51 = {};
    wp::mat_t<3, 3, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::mat_t<3, 3, wp::float32> adj_54 = {};
    wp::mat_t<3, 3, wp::float32> adj_55 = {};
    wp::int32 adj_56 = {};
    wp::mat_t<3, 3, wp::float32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::mat_t<3, 3, wp::float32> adj_59 = {};
    wp::mat_t<3, 3, wp::float32> adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    //---------
    // forward
    // def batched_matvec(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // a = mats[tid]                                                                          <L 7>
    var_1 = wp::address(var_mats, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // b = rhs[tid]                                                                           <L 8>
    var_4 = wp::address(var_rhs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vecs = wp.mat33()                                                                      <L 9>
    var_7 = wp::mat_t<3, 3, wp::float32>();
    // vals = wp.vec3()                                                                       <L 10>
    var_8 = wp::vec_t<3, wp::float32>();
    // wp.eig3(a + wp.transpose(a), vecs, vals)                                               <L 11>
    var_9 = wp::transpose(var_2);
    var_10 = wp::add(var_2, var_9);
    wp::eig3(var_10, var_7, var_8);
    // spectrum = vecs * vals                                                                 <L 12>
    var_11 = wp::mul(var_7, var_8);
    // point = b + spectrum                                                                   <L 13>
    var_12 = wp::add(var_5, var_11);
    // vecs_2 = wp.mat33()                                                                    <L 14>
    var_13 = wp::mat_t<3, 3, wp::float32>();
    // vals_2 = wp.vec3()                                                                     <L 15>
    var_14 = wp::vec_t<3, wp::float32>();
    // wp.eig3(a + wp.transpose(a), vecs_2, vals_2)                                           <L 16>
    var_15 = wp::transpose(var_2);
    var_16 = wp::add(var_2, var_15);
    wp::eig3(var_16, var_13, var_14);
    // eigvals = vecs_2 * vals_2                                                              <L 17>
    var_17 = wp::mul(var_13, var_14);
    // vecs_3 = wp.mat33()                                                                    <L 18>
    var_18 = wp::mat_t<3, 3, wp::float32>();
    // vals_3 = wp.vec3()                                                                     <L 19>
    var_19 = wp::vec_t<3, wp::float32>();
    // wp.eig3(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5)) + wp.transpose(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5))), vecs_3, vals_3)       <L 20>
    var_29 = wp::mat_t<3, 3, wp::float32>(var_20, var_21, var_22, var_23, var_24, var_25, var_26, var_27, var_28);
    var_30 = wp::add(var_2, var_29);
    var_31 = wp::transpose(var_30);
    var_41 = wp::mat_t<3, 3, wp::float32>(var_32, var_33, var_34, var_35, var_36, var_37, var_38, var_39, var_40);
    var_42 = wp::add(var_2, var_41);
    var_43 = wp::transpose(var_42);
    var_44 = wp::transpose(var_43);
    var_45 = wp::add(var_31, var_44);
    wp::eig3(var_45, var_18, var_19);
    // eigvals_2 = vecs_3 * vals_3                                                            <L 21>
    var_46 = wp::mul(var_18, var_19);
    // m = wp.identity(n=3, dtype=float) * wp.length(point) + wp.identity(n=3, dtype=float) * wp.length(eigvals) + wp.identity(n=3, dtype=float) * wp.length(eigvals_2)       <L 22>
    var_48 = wp::identity<3, wp::float32>();
    var_49 = wp::length(var_12);
    var_50 = wp::mul(var_48, var_49);
    var_52 = wp::identity<3, wp::float32>();
    var_53 = wp::length(var_17);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::add(var_50, var_54);
    var_57 = wp::identity<3, wp::float32>();
    var_58 = wp::length(var_46);
    var_59 = wp::mul(var_57, var_58);
    var_60 = wp::add(var_55, var_59);
    // out_mats[tid] = m                                                                      <L 23>
    // wp::array_store(var_out_mats, var_0, var_60);
    // out_vecs[tid] = m * b                                                                  <L 24>
    var_61 = wp::mul(var_60, var_5);
    // wp::array_store(var_out_vecs, var_0, var_61);
    //---------
    // reverse
    wp::adj_array_store(var_out_vecs, var_0, var_61, adj_out_vecs, adj_0, adj_61);
    wp::adj_mul(var_60, var_5, adj_60, adj_5, adj_61);
    // adj: out_vecs[tid] = m * b                                                             <L 24>
    wp::adj_array_store(var_out_mats, var_0, var_60, adj_out_mats, adj_0, adj_60);
    // adj: out_mats[tid] = m                                                                 <L 23>
    wp::adj_add(var_55, var_59, adj_55, adj_59, adj_60);
    wp::adj_mul(var_57, var_58, adj_57, adj_58, adj_59);
    wp::adj_length(var_46, var_58, adj_46, adj_58);
    wp::adj_add(var_50, var_54, adj_50, adj_54, adj_55);
    wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
    wp::adj_length(var_17, var_53, adj_17, adj_53);
    wp::adj_mul(var_48, var_49, adj_48, adj_49, adj_50);
    wp::adj_length(var_12, var_49, adj_12, adj_49);
    // adj: m = wp.identity(n=3, dtype=float) * wp.length(point) + wp.identity(n=3, dtype=float) * wp.length(eigvals) + wp.identity(n=3, dtype=float) * wp.length(eigvals_2)  <L 22>
    wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_46);
    // adj: eigvals_2 = vecs_3 * vals_3                                                       <L 21>
    wp::adj_eig3(var_45, var_18, var_19, adj_45, adj_18, adj_19);
    wp::adj_add(var_31, var_44, adj_31, adj_44, adj_45);
    wp::adj_transpose(var_43, adj_43, adj_44);
    wp::adj_transpose(var_42, adj_42, adj_43);
    wp::adj_add(var_2, var_41, adj_2, adj_41, adj_42);
    wp::adj_mat_t(var_32, var_33, var_34, var_35, var_36, var_37, var_38, var_39, var_40, adj_32, adj_33, adj_34, adj_35, adj_36, adj_37, adj_38, adj_39, adj_40, adj_41);
    wp::adj_transpose(var_30, adj_30, adj_31);
    wp::adj_add(var_2, var_29, adj_2, adj_29, adj_30);
    wp::adj_mat_t(var_20, var_21, var_22, var_23, var_24, var_25, var_26, var_27, var_28, adj_20, adj_21, adj_22, adj_23, adj_24, adj_25, adj_26, adj_27, adj_28, adj_29);
    // adj: wp.eig3(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5)) + wp.transpose(wp.transpose(a + wp.mat33(10.0, 4.0, 10.0, 0.25, 4.0, 2.0, 1.0, 2.0, 0.5))), vecs_3, vals_3)  <L 20>
    // adj: vals_3 = wp.vec3()                                                                <L 19>
    // adj: vecs_3 = wp.mat33()                                                               <L 18>
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_17);
    // adj: eigvals = vecs_2 * vals_2                                                         <L 17>
    wp::adj_eig3(var_16, var_13, var_14, adj_16, adj_13, adj_14);
    wp::adj_add(var_2, var_15, adj_2, adj_15, adj_16);
    wp::adj_transpose(var_2, adj_2, adj_15);
    // adj: wp.eig3(a + wp.transpose(a), vecs_2, vals_2)                                      <L 16>
    // adj: vals_2 = wp.vec3()                                                                <L 15>
    // adj: vecs_2 = wp.mat33()                                                               <L 14>
    wp::adj_add(var_5, var_11, adj_5, adj_11, adj_12);
    // adj: point = b + spectrum                                                              <L 13>
    wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_11);
    // adj: spectrum = vecs * vals                                                            <L 12>
    wp::adj_eig3(var_10, var_7, var_8, adj_10, adj_7, adj_8);
    wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_transpose(var_2, adj_2, adj_9);
    // adj: wp.eig3(a + wp.transpose(a), vecs, vals)                                          <L 11>
    // adj: vals = wp.vec3()                                                                  <L 10>
    // adj: vecs = wp.mat33()                                                                 <L 9>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_4);
    // adj: b = rhs[tid]                                                                      <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_mats, var_0, adj_mats, adj_0, adj_1);
    // adj: a = mats[tid]                                                                     <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def batched_matvec(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):  <L 5>
    return;
}



struct batched_matvec_eab441eb_cpu_block_payload_forward
{
    wp_args_batched_matvec_eab441eb* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void batched_matvec_eab441eb_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    batched_matvec_eab441eb_cpu_block_payload_forward* payload = (batched_matvec_eab441eb_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    batched_matvec_eab441eb_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void batched_matvec_eab441eb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matvec_eab441eb *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        batched_matvec_eab441eb_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &batched_matvec_eab441eb_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct batched_matvec_eab441eb_cpu_block_payload_backward
{
    wp_args_batched_matvec_eab441eb* args;
    wp_args_batched_matvec_eab441eb* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void batched_matvec_eab441eb_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    batched_matvec_eab441eb_cpu_block_payload_backward* payload = (batched_matvec_eab441eb_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    batched_matvec_eab441eb_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void batched_matvec_eab441eb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_matvec_eab441eb *_wp_args,
    wp_args_batched_matvec_eab441eb *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        batched_matvec_eab441eb_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &batched_matvec_eab441eb_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

